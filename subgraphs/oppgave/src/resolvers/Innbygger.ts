import {
  badInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  isOwnInnbygger,
  pageSize,
  requireInnbygger,
} from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { countOppgaver, listOppgaver } from "../db/innbygger-oppgaver.ts";
import { CURSOR_KINDS, cursorFor, cursorValues, type OppgaveCursor, oppgaveCursor } from "../domain/cursor.ts";
import type { InnbyggerResolvers } from "../generated/resolvers-types.ts";

/** The `after` argument as a sort key; BAD_USER_INPUT on "after" for anything no page handed out. */
function parseAfter(after: string | null | undefined): OppgaveCursor | null {
  if (after == null) return null;
  const cursor = oppgaveCursor(decodeCursor(after, CURSOR_KINDS));
  if (!cursor) throw badInput("after", "Ugyldig cursor");
  return cursor;
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
    for (const row of page.rows) context.loaders.oppgave.prime(row.id, row);
    const last = page.rows.at(-1);
    return {
      nodes: page.rows,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(cursorValues(cursorFor(last))) : null },
      totalCount,
    };
  },
};
