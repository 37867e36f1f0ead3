import type { Context } from "../context.ts";
import type { AvdragsplanResolvers } from "../generated/resolvers-types.ts";
import { avslagFor } from "./Betalingsutsettelse.ts";

/** The answer to an avdrag request as the citizen sees it. */
export const Avdragsplan: AvdragsplanResolvers<Context> = {
  id: (svar) => svar.request.id,
  status: (svar) => svar.request.status,
  avdrag: (svar) => svar.request.avdrag ?? [],
  avslag: avslagFor,
  // An invoice has at most one granted plan, so a cancelled plan on it is this request's.
  kansellert: (svar) =>
    svar.request.status === "INNVILGET" ? (svar.faktura.avdragKansellert?.toISOString() ?? null) : null,
  faktura: (svar) => svar.faktura,
};
