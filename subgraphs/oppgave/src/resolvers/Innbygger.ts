import {
  badInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  isOwnInnbygger,
  pageSize,
  requireInnbygger,
  sokeord,
} from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { countOppgaver, listOppgaver, type RangertOppgave } from "../db/innbygger-oppgaver.ts";
import { sokOppgaver } from "../db/sok-oppgaver.ts";
import { hentVarslingsvalg } from "../db/varslingsvalg.ts";
import { CURSOR_KINDS, cursorFor, cursorValues, type OppgaveCursor, oppgaveCursor } from "../domain/cursor.ts";
import type { InnbyggerResolvers } from "../generated/resolvers-types.ts";
import { kontaktinformasjonFraKrr } from "../notification/krr/kontaktinformasjon.ts";
import { utilgjengelig } from "./utilgjengelig.ts";

/** The `after` argument as a sort key; BAD_USER_INPUT on "after" for anything no page handed out. */
function parseAfter(after: string | null | undefined): OppgaveCursor | null {
  if (after == null) return null;
  const cursor = oppgaveCursor(decodeCursor(after, CURSOR_KINDS));
  if (!cursor) throw badInput("after", "Ugyldig cursor");
  return cursor;
}

/** A connection over one page of listed oppgaver, priming the loader with them. */
function connection(context: Context, page: { rows: RangertOppgave[]; hasNextPage: boolean }, totalCount: number) {
  for (const row of page.rows) context.loaders.oppgave.prime(row.id, row);
  const last = page.rows.at(-1);
  return {
    nodes: page.rows,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(cursorValues(cursorFor(last))) : null },
    totalCount,
  };
}

/** The signed-in citizen's person id, when `innbyggerId` is theirs; FORBIDDEN otherwise. */
function egenPid(context: Context, innbyggerId: string, melding: string): string {
  const { pid } = requireInnbygger(context);
  if (!isOwnInnbygger(context, innbyggerId)) throw forbidden(melding);
  return pid;
}

/** Oppgave's fields on the shared citizen entity; a citizen reaches only their own. */
export const Innbygger: InnbyggerResolvers<Context> = {
  // Another citizen's key resolves to null, so no field below ever runs for it.
  __resolveReference: (reference, context) => (isOwnInnbygger(context, reference.id) ? { id: reference.id } : null),

  oppgaver: async (parent, args, context) => {
    const { pid } = requireInnbygger(context);
    if (!isOwnInnbygger(context, parent.id)) throw forbidden("Kan bare se egne oppgaver");
    const side = { first: pageSize(args.first), after: parseAfter(args.after) };
    const filter = { status: args.status ?? null, fullfort: args.fullfort ?? null };
    const [page, totalCount] = await Promise.all([
      listOppgaver(context.db, pid, filter, side),
      countOppgaver(context.db, pid, filter),
    ]);
    return connection(context, page, totalCount);
  },

  sokOppgaver: async (parent, args, context) => {
    const pid = egenPid(context, parent.id, "Kan bare søke i egne oppgaver");
    const ord = sokeord(args.term);
    const first = pageSize(args.first, 10);
    const { totalCount, ...page } = await sokOppgaver(context.db, pid, ord, first);
    return connection(context, page, totalCount);
  },

  kontaktinformasjon: async (parent, _args, context) => {
    const pid = egenPid(context, parent.id, "Kan bare se egen kontaktinformasjon");
    if (!context.kontaktregister) throw utilgjengelig("Kontaktregisteret", "no KRR configured");
    let personer: Awaited<ReturnType<typeof context.kontaktregister.hentPersoner>>;
    try {
      personer = await context.kontaktregister.hentPersoner([pid]);
    } catch (error) {
      throw utilgjengelig("Kontaktregisteret", error);
    }
    return kontaktinformasjonFraKrr(personer.find((p) => p.personidentifikator === pid));
  },

  varslingsvalg: (parent, _args, context) =>
    hentVarslingsvalg(context.db, egenPid(context, parent.id, "Kan bare se egne varslingsvalg")),
};
