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
import { countFakturaer, fakturaOversikt, type Innsyn, listFakturaer } from "../db/fakturaer.ts";
import { CURSOR_KINDS, cursorValues, type FakturaCursor, fakturaCursor } from "../domain/cursor.ts";
import type { InnbyggerResolvers } from "../generated/resolvers-types.ts";
import type { InnbyggerRef } from "./refs.ts";

/** The caller's own invoices only; another citizen's reference never reaches a field. */
function innsynFor(context: Context, parent: InnbyggerRef): Innsyn {
  const principal = requireInnbygger(context);
  if (!isOwnInnbygger(context, parent.id)) throw forbidden("Kan bare se egne fakturaer");
  return { pid: principal.pid, niva: principal.niva };
}

/** The `after` argument as a sort key; BAD_USER_INPUT on "after" for anything no page handed out. */
function parseAfter(after: string | null | undefined): FakturaCursor | null {
  if (after == null) return null;
  const cursor = fakturaCursor(decodeCursor(after, CURSOR_KINDS));
  if (!cursor) throw badInput("after", "Ugyldig cursor");
  return cursor;
}

/** Faktura's fields on the shared citizen entity. */
export const Innbygger: InnbyggerResolvers<Context> = {
  __resolveReference: (reference, context) => (isOwnInnbygger(context, reference.id) ? { id: reference.id } : null),

  fakturaer: async (parent, args, context) => {
    const innsyn = innsynFor(context, parent);
    const side = { first: pageSize(args.first), after: parseAfter(args.after) };
    const ubetalt = args.ubetalt ?? null;
    const [page, counts] = await Promise.all([
      listFakturaer(context.db, innsyn, ubetalt, side),
      countFakturaer(context.db, innsyn, ubetalt),
    ]);
    for (const row of page.rows) context.loaders.faktura.prime(row.id, row);
    const last = page.rows.at(-1);
    return {
      nodes: page.rows,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: last ? encodeCursor(cursorValues(last)) : null,
      },
      ...counts,
    };
  },

  fakturaOversikt: (parent, _args, context) => fakturaOversikt(context.db, innsynFor(context, parent), context.iDag),
};
