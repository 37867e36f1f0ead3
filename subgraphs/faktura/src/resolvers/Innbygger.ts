import {
  badInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  isOwnInnbygger,
  isUuid,
  pageSize,
  requireInnbygger,
  sokeord,
} from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import {
  countFakturaer,
  type FakturaFilter,
  fakturaOversikt,
  type Innsyn,
  listFakturaer,
  type RangertFaktura,
} from "../db/fakturaer.ts";
import { sokFakturaer } from "../db/sok-fakturaer.ts";
import { CURSOR_KINDS, cursorValues, type FakturaCursor, fakturaCursor } from "../domain/cursor.ts";
import type { InnbyggerFakturaerArgs, InnbyggerResolvers } from "../generated/resolvers-types.ts";
import type { InnbyggerRef } from "./refs.ts";

/** The caller's own invoices only; another citizen's reference never reaches a field. */
async function innsynFor(context: Context, parent: InnbyggerRef): Promise<Innsyn> {
  requireInnbygger(context);
  if (!isOwnInnbygger(context, parent.id)) throw forbidden("Kan bare se egne fakturaer");
  const innsyn = await context.innsyn();
  if (!innsyn) throw forbidden("Krever innlogget innbygger");
  return innsyn;
}

/** The `after` argument as a sort key; BAD_USER_INPUT on "after" for anything no page handed out. */
function parseAfter(after: string | null | undefined): FakturaCursor | null {
  if (after == null) return null;
  const cursor = fakturaCursor(decodeCursor(after, CURSOR_KINDS));
  if (!cursor) throw badInput("after", "Ugyldig cursor");
  return cursor;
}

/** The most values one filter list may hold: each becomes a query parameter, and no real filter needs more. */
export const MAX_FILTERVERDIER = 50;

/** The list filters, checked before any query runs. */
function parseFilter(args: InnbyggerFakturaerArgs): FakturaFilter {
  for (const felt of ["kommune", "status", "arstall"] as const) {
    if ((args[felt]?.length ?? 0) > MAX_FILTERVERDIER) {
      throw badInput(felt, `${felt} kan ha høyst ${MAX_FILTERVERDIER} verdier`);
    }
  }
  const arstall = args.arstall ?? null;
  const feil = arstall?.findIndex((ar) => ar < 1900 || ar > 2999) ?? -1;
  if (feil >= 0) throw badInput(`arstall[${feil}]`, "Årstall må være mellom 1900 og 2999");
  return { ubetalt: args.ubetalt ?? null, status: args.status ?? null, arstall, kommune: args.kommune ?? null };
}

/** A connection over one page of listed invoices, priming the loader with them. */
function connection(
  context: Context,
  page: { rows: RangertFaktura[]; hasNextPage: boolean },
  counts: { totalCount: number; treffMedHoyereInnloggingsniva: number },
) {
  for (const row of page.rows) context.loaders.faktura.prime(row.id, row);
  const last = page.rows.at(-1);
  return {
    nodes: page.rows,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(cursorValues(last)) : null },
    ...counts,
  };
}

/** Faktura's fields on the shared citizen entity. */
export const Innbygger: InnbyggerResolvers<Context> = {
  __resolveReference: (reference, context) => (isOwnInnbygger(context, reference.id) ? { id: reference.id } : null),

  faktura: async (parent, args, context) => {
    await innsynFor(context, parent);
    // A malformed id is simply not one of the citizen's invoices.
    return isUuid(args.id) ? context.loaders.faktura.load(args.id) : null;
  },

  fakturaer: async (parent, args, context) => {
    const innsyn = await innsynFor(context, parent);
    const side = { first: pageSize(args.first), after: parseAfter(args.after) };
    const filter = parseFilter(args);
    const [page, counts] = await Promise.all([
      listFakturaer(context.db, innsyn, filter, side),
      countFakturaer(context.db, innsyn, filter),
    ]);
    return connection(context, page, counts);
  },

  sokFakturaer: async (parent, args, context) => {
    const innsyn = await innsynFor(context, parent);
    const ord = sokeord(args.term);
    const first = pageSize(args.first, 10);
    const { rows, hasNextPage, ...counts } = await sokFakturaer(context.db, innsyn, ord, first);
    return connection(context, { rows, hasNextPage }, counts);
  },

  fakturaOversikt: async (parent, _args, context) =>
    fakturaOversikt(context.db, await innsynFor(context, parent), context.iDag),
};
