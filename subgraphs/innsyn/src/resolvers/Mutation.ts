import { badInput, notFound, requireUuid } from "@minkommune/subgraph-kit";
import type { MeldingRow } from "../db/meldinger.ts";
import { registrerInnlogging, settStatus } from "../db/meldingsstatus.ts";
import type { MutationResolvers } from "../generated/resolvers-types.ts";
import { Indeksering } from "./Indeksering.ts";

/** How many meldinger one bulk state change may name. */
const MAX_IDS = 100;

/** Operations a citizen performs on their own meldinger, and the fagsystem's index operations. */
export const Mutation: MutationResolvers = {
  ...Indeksering,
  markerForsendelseLest: async (_parent, { meldingId, lest }, context) => {
    const id = requireUuid(meldingId, "meldingId").toLowerCase();
    const innsyner = await context.innsyner();
    const current = await context.loaders.melding.load(id);
    if (current?.meldingType !== "forsendelse" || !(await settStatus(context.db, innsyner, [id], { lest }))) {
      throw notFound("Fant ikke forsendelsen");
    }
    context.loaders.melding.clear(id);
    const row = await context.loaders.melding.load(id);
    if (!row) throw notFound("Fant ikke forsendelsen");
    return row;
  },
  markerMeldinger: async (_parent, { meldingIder, lest, arkivert }, context) => {
    const innsyner = await context.innsyner();
    if (meldingIder.length === 0 || meldingIder.length > MAX_IDS) {
      throw badInput("meldingIder", `meldingIder må ha mellom 1 og ${MAX_IDS} elementer`);
    }
    if (lest == null && arkivert == null) throw badInput("lest", "Oppgi lest og/eller arkivert");
    const ids = [...new Set(meldingIder.map((id) => requireUuid(id, "meldingIder").toLowerCase()))];
    if (!(await settStatus(context.db, innsyner, ids, { lest, arkivert }))) throw notFound("Fant ikke meldingen");
    context.loaders.melding.clearAll();
    const rows = await context.loaders.melding.loadMany(ids);
    return rows.filter((row): row is MeldingRow => row != null && !(row instanceof Error));
  },
  registrerInnlogging: async (_parent, _args, context) => {
    const innsyner = await context.innsyner();
    const row = await registrerInnlogging(context.db, innsyner.pid);
    if (!row) throw new Error("registrerInnlogging returned no row");
    return {
      sisteInnlogging: row.sisteInnlogging.toISOString(),
      forrigeInnlogging: row.forrigeInnlogging?.toISOString() ?? null,
    };
  },
};
