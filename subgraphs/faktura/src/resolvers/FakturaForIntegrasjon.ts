import type { Context } from "../context.ts";
import { innbetalingerFor } from "../db/innbetalinger.ts";
import { avdragMedInnbetaling, avdragsplanStatus, effektivForfallDato } from "../domain/avdragsplan.ts";
import { kanBetales, totalbelop, utestaendeBelop } from "../domain/belop.ts";
import type { FakturaForIntegrasjonResolvers } from "../generated/resolvers-types.ts";

/** An invoice as its integration sees it; reached only through access-checked root fields. */
export const FakturaForIntegrasjon: FakturaForIntegrasjonResolvers<Context> = {
  totalbelop: (faktura) => totalbelop(faktura),
  utestaendeBelop: (faktura) => utestaendeBelop(faktura),
  kanBetales: (faktura) => kanBetales(faktura),
  effektivForfallDato: (faktura) => effektivForfallDato(faktura),
  avdragsplan: (faktura) => avdragMedInnbetaling(faktura),
  avdragsplanStatus: (faktura) => avdragsplanStatus(faktura),
  innbetalinger: (faktura, _args, context) => innbetalingerFor(context.db, faktura.id),
  historikk: (faktura, _args, context) => context.loaders.hendelser.load(faktura.id),
};
