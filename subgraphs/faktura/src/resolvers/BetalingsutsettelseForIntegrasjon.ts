import type { Context } from "../context.ts";
import type { AvslagKode } from "../domain/utsettelse-policy.ts";
import type { BetalingsutsettelseForIntegrasjonResolvers } from "../generated/resolvers-types.ts";

/** A request as the invoicing system lists it. */
export const BetalingsutsettelseForIntegrasjon: BetalingsutsettelseForIntegrasjonResolvers<Context> = {
  avslagKode: (row) => row.arsak as AvslagKode | null,
  opprettet: (row) => row.created.toISOString(),
  besluttet: (row) => row.besluttet?.toISOString() ?? null,
};
