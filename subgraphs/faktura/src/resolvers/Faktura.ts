import type { Context } from "../context.ts";
import { totalbelop, utestaendeBelop } from "../domain/belop.ts";
import type { FakturaResolvers } from "../generated/resolvers-types.ts";

/** A municipal invoice; the stored columns resolve by name, derived amounts come from src/domain. */
export const Faktura: FakturaResolvers<Context> = {
  // Batched: every reference in one request becomes one query, filtered to what the caller may see.
  __resolveReference: (reference, context) => context.loaders.faktura.load(reference.id),
  totalbelop: (faktura) => totalbelop(faktura),
  utestaendeBelop: (faktura) => utestaendeBelop(faktura),
  kommune: (faktura) => ({ fiksOrgId: faktura.fiksOrgId }),
};
