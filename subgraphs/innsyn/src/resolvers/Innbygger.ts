import { isOwnInnbygger, pageSize, requireInnbygger, requireUuid } from "@minkommune/subgraph-kit";
import { tjenesterForInnbygger } from "../db/kommunale-tjenester.ts";
import { countMeldinger, listMeldinger } from "../db/meldinger.ts";
import { hentInnlogging, registrerSett } from "../db/meldingsstatus.ts";
import type { InnbyggerResolvers } from "../generated/resolvers-types.ts";
import { meldingSide, parseFilter } from "./connection.ts";
import { sok } from "./sok.ts";

/** The citizen entity as Innsyn holds it: only ever the caller's own. */
export interface InnbyggerRef {
  id: string;
}

/** Innsyn's fields on the citizen: letters, case folders and every melding, with their counts. */
export const Innbygger: InnbyggerResolvers = {
  __resolveReference: (reference, context) => (isOwnInnbygger(context, reference.id) ? { id: reference.id } : null),
  innloggingsniva: (_parent, _args, context) => requireInnbygger(context).niva,
  forsendelser: (_parent, { first, after, ...filter }, context) =>
    meldingSide(context, { ...parseFilter(filter), typer: ["forsendelse"] }, { first, after }),
  antallUlesteForsendelser: async (_parent, _args, context) =>
    (await countMeldinger(context.db, await context.innsyner(), { typer: ["forsendelse"], arkivert: false })).uleste,
  mapper: (_parent, { first, after, filter }, context) =>
    meldingSide(context, { ...parseFilter(filter ?? {}), typer: ["mappe"] }, { first, after }),
  meldinger: (_parent, { first, after, filter }, context) =>
    meldingSide(context, parseFilter(filter ?? {}), { first, after }),
  melding: async (_parent, { meldingId }, context) => {
    const id = requireUuid(meldingId, "meldingId").toLowerCase();
    const innsyner = await context.innsyner();
    const row = await context.loaders.melding.load(id);
    if (!row) return null;
    return { ...row, forstSett: await registrerSett(context.db, innsyner.pid, id) };
  },
  sok: (_parent, args, context) => sok(context, args),
  kommunaleTjenester: async (_parent, _args, context) => tjenesterForInnbygger(context.db, await context.innsyner()),
  nyttSidenSist: async (_parent, { first }, context) => {
    const innsyner = await context.innsyner();
    const limit = pageSize(first);
    const innlogging = await hentInnlogging(context.db, innsyner.pid);
    const filter = { opprettetEtter: innlogging?.forrigeInnlogging ?? undefined };
    const [rows, counts] = await Promise.all([
      listMeldinger(context.db, innsyner, { limit, filter }),
      countMeldinger(context.db, innsyner, filter),
    ]);
    return {
      sistInnlogget: innlogging?.forrigeInnlogging?.toISOString() ?? null,
      antallTreff: counts.synlige,
      treffMedHoyereInnloggingsniva: counts.hoyereNiva,
      meldinger: rows,
    };
  },
};
