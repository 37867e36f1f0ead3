import type { Context } from "../context.ts";
import { avdragMedInnbetaling, avdragsplanStatus, effektivForfallDato, erForfalt } from "../domain/avdragsplan.ts";
import { kanBetales, totalbelop, utestaendeBelop } from "../domain/belop.ts";
import type { FakturaResolvers } from "../generated/resolvers-types.ts";

/** A municipal invoice; the stored columns resolve by name, derived amounts come from src/domain. */
export const Faktura: FakturaResolvers<Context> = {
  // Batched: every reference in one request becomes one query, filtered to what the caller may see.
  __resolveReference: (reference, context) => context.loaders.faktura.load(reference.id),
  totalbelop: (faktura) => totalbelop(faktura),
  utestaendeBelop: (faktura) => utestaendeBelop(faktura),
  kanBetales: (faktura) => kanBetales(faktura),
  effektivForfallDato: (faktura) => effektivForfallDato(faktura),
  forfalt: (faktura, _args, context) => erForfalt(faktura, context.iDag),
  avdragsplan: (faktura) => avdragMedInnbetaling(faktura),
  avdragsplanStatus: (faktura) => avdragsplanStatus(faktura),
  kommune: (faktura) => ({ fiksOrgId: faktura.fiksOrgId }),
  faktura: (faktura) => (faktura.pdfUrl ? { url: faktura.pdfUrl, tittel: faktura.pdfTittel } : null),
  // The agency's link means nothing until the invoice has actually been handed over.
  eksternLenke: (faktura) => (faktura.sendtTilEkstern ? faktura.eksternLenke : null),
  historikk: (faktura, _args, context) => context.loaders.hendelser.load(faktura.id),
};
