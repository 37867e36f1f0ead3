import { decodeCursor, encodeCursor, isOwnInnbygger, pageSize, requireInnbygger } from "@minkommune/subgraph-kit";
import { countForsendelser, listForsendelser } from "../db/forsendelser.ts";
import type { InnbyggerResolvers } from "../generated/resolvers-types.ts";

/** The citizen entity as Innsyn holds it: only ever the caller's own. */
export interface InnbyggerRef {
  id: string;
}

/** Innsyn's fields on the citizen: letters and their counts at this login level. */
export const Innbygger: InnbyggerResolvers = {
  __resolveReference: (reference, context) => (isOwnInnbygger(context, reference.id) ? { id: reference.id } : null),
  innloggingsniva: (_parent, _args, context) => requireInnbygger(context).niva,
  forsendelser: async (_parent, { first, after, ulest }, context) => {
    const viewer = requireInnbygger(context);
    const limit = pageSize(first);
    const cursor = after ? (decodeCursor(after, ["string", "string"]) as [string, string]) : undefined;
    const [rows, counts] = await Promise.all([
      listForsendelser(context.db, viewer, { limit: limit + 1, after: cursor, ulest }),
      countForsendelser(context.db, viewer, ulest),
    ]);
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: counts.synlige,
      treffMedHoyereInnloggingsniva: counts.hoyereNiva,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: last ? encodeCursor([last.sendtDato.toISOString(), last.meldingId]) : null,
      },
    };
  },
  antallUlesteForsendelser: async (_parent, _args, context) =>
    (await countForsendelser(context.db, requireInnbygger(context))).uleste,
};
