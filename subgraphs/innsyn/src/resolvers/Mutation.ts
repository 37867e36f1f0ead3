import { notFound, requireInnbygger, requireUuid } from "@minkommune/subgraph-kit";
import { setLest } from "../db/forsendelser.ts";
import type { MutationResolvers } from "../generated/resolvers-types.ts";

/** Operations a citizen performs on their own letters. */
export const Mutation: MutationResolvers = {
  markerForsendelseLest: async (_parent, { meldingId, lest }, context) => {
    const viewer = requireInnbygger(context);
    const id = requireUuid(meldingId, "meldingId");
    if (!(await setLest(context.db, viewer, id, lest))) throw notFound("Fant ikke forsendelsen");
    context.loaders.forsendelse.clear(id);
    const row = await context.loaders.forsendelse.load(id);
    if (!row) throw notFound("Fant ikke forsendelsen");
    return row;
  },
};
