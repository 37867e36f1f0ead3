import type { Context } from "../context.ts";
import type { UtsettelseSvar } from "../db/rows.ts";
import { avslagTekst } from "../domain/avslag-tekster.ts";
import type { AvslagKode } from "../domain/utsettelse-policy.ts";
import type { BetalingsutsettelseResolvers } from "../generated/resolvers-types.ts";

/** The reason for a refusal, written in the language the citizen asked in; null unless AVSLATT. */
export function avslagFor(svar: UtsettelseSvar) {
  const kode = svar.request.arsak as AvslagKode | null;
  return svar.request.status === "AVSLATT" && kode ? { kode, tekst: avslagTekst(kode, svar.sprak) } : null;
}

/** The answer the citizen sees. */
export const Betalingsutsettelse: BetalingsutsettelseResolvers<Context> = {
  id: (svar) => svar.request.id,
  status: (svar) => svar.request.status,
  onsketForfallDato: (svar) => svar.request.onsketForfallDato,
  forfallDato: (svar) => svar.faktura.forfallDato,
  avslag: avslagFor,
  faktura: (svar) => svar.faktura,
};
