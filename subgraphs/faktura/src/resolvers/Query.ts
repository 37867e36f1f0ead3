import { badInput, decodeCursor, encodeCursor, pageSize, requireIntegrasjon } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { hentEgenFaktura } from "../db/innbetalinger.ts";
import { utsettelserForIntegrasjon } from "../db/utsettelse-liste.ts";
import { hentPolicy } from "../db/utsettelser.ts";
import type { QueryResolvers } from "../generated/resolvers-types.ts";

/** The acting integration, bound to the municipality in the argument. */
function eierFor(context: Context, fiksOrgId: string) {
  const integrasjon = requireIntegrasjon(context, "FAKTURA", fiksOrgId.toLowerCase());
  return { fiksOrgId: integrasjon.fiksOrgId, integrasjonId: integrasjon.integrasjonId };
}

/** A page cursor here is the arrival number of the last request seen. */
function parseAfter(after: string | null | undefined): number | null {
  if (after == null) return null;
  const [nr] = decodeCursor(after, ["number"]);
  if (typeof nr !== "number" || !Number.isSafeInteger(nr) || nr < 0) throw badInput("after", "Ugyldig cursor");
  return nr;
}

/** Root queries: what an integration reads back about its own invoices and its municipality's policy. */
export const Query: QueryResolvers<Context> = {
  faktura: (_root, args, context) => hentEgenFaktura(context.db, eierFor(context, args.fiksOrgId), args.meldingId),

  betalingsutsettelser: async (_root, args, context) => {
    const eier = eierFor(context, args.fiksOrgId);
    const first = pageSize(args.first);
    const page = await utsettelserForIntegrasjon(context.db, eier, parseAfter(args.after), first);
    const last = page.rows.at(-1);
    return {
      nodes: page.rows,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor([last.nr]) : null },
    };
  },

  utsettelsePolicy: (_root, args, context) => hentPolicy(context.db, eierFor(context, args.fiksOrgId).fiksOrgId),
};
