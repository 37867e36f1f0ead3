import type { Database } from "@minkommune/db";
import { and, eq, getTableColumns, inArray, lte, not, type SQL, sql } from "drizzle-orm";
import type { FakturaCursor } from "../domain/cursor.ts";
import { rankSql, ubetaltSql, utestaendeSql } from "./belop-sql.ts";
import type { FakturaRow } from "./rows.ts";
import type * as schema from "./schema.ts";
import { faktura } from "./schema.ts";

/** The database of this subgraph. */
export type FakturaDb = Database<typeof schema>;

/** Whose invoices, at which login level: only invoices exposed to `pid` with sikkerhetsniva ≤ `niva`. */
export interface Innsyn {
  pid: string;
  niva: 3 | 4;
}

/** One page request: its size and the sort key of the last row already seen. */
export interface Side {
  first: number;
  after: FakturaCursor | null;
}

/** An invoice row with its place in the list order, for building cursors. */
export type RangertFaktura = FakturaRow & { rank: 0 | 1 };

/** Filter the citizen chose: true = only unpaid, false = only the rest, null = all. */
export type UbetaltFilter = boolean | null;

function ubetaltFilter(ubetalt: UbetaltFilter): SQL | undefined {
  if (ubetalt === null) return undefined;
  return ubetalt ? ubetaltSql : not(ubetaltSql);
}

/** One page of the citizen's invoices: unpaid first, then forfallDato ascending, then id. */
export async function listFakturaer(
  db: FakturaDb,
  innsyn: Innsyn,
  ubetalt: UbetaltFilter,
  side: Side,
): Promise<{ rows: RangertFaktura[]; hasNextPage: boolean }> {
  const after = side.after
    ? sql`(${rankSql}, ${faktura.forfallDato}, ${faktura.id}) > (${side.after.rank}::int, ${side.after.forfallDato}::date, ${side.after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...getTableColumns(faktura), rank: rankSql })
    .from(faktura)
    .where(
      and(
        eq(faktura.eksponertFor, innsyn.pid),
        lte(faktura.sikkerhetsniva, innsyn.niva),
        ubetaltFilter(ubetalt),
        after,
      ),
    )
    .orderBy(rankSql, faktura.forfallDato, faktura.id)
    .limit(side.first + 1);
  return { rows: rows.slice(0, side.first), hasNextPage: rows.length > side.first };
}

/** How many invoices match the filter at this login level, and how many need a higher one. */
export async function countFakturaer(
  db: FakturaDb,
  innsyn: Innsyn,
  ubetalt: UbetaltFilter,
): Promise<{ totalCount: number; treffMedHoyereInnloggingsniva: number }> {
  const [counts] = await db
    .select({
      totalCount: sql`count(*) filter (where ${faktura.sikkerhetsniva} <= ${innsyn.niva})`.mapWith(Number),
      treffMedHoyereInnloggingsniva: sql`count(*) filter (where ${faktura.sikkerhetsniva} > ${innsyn.niva})`.mapWith(
        Number,
      ),
    })
    .from(faktura)
    .where(and(eq(faktura.eksponertFor, innsyn.pid), ubetaltFilter(ubetalt)));
  return counts ?? { totalCount: 0, treffMedHoyereInnloggingsniva: 0 };
}

/** Totals over the citizen's visible invoices, in one query; `iDag` is today's date in Oslo. */
export async function fakturaOversikt(
  db: FakturaDb,
  innsyn: Innsyn,
  iDag: string,
): Promise<{ sumUtestaende: number; antallUbetalte: number; antallForfalte: number }> {
  const [oversikt] = await db
    .select({
      sumUtestaende: sql`coalesce(sum(${utestaendeSql}) filter (where ${ubetaltSql}), 0)`.mapWith(Number),
      antallUbetalte: sql`count(*) filter (where ${ubetaltSql})`.mapWith(Number),
      antallForfalte: sql`count(*) filter (where ${ubetaltSql} and ${faktura.forfallDato} < ${iDag}::date)`.mapWith(
        Number,
      ),
    })
    .from(faktura)
    .where(and(eq(faktura.eksponertFor, innsyn.pid), lte(faktura.sikkerhetsniva, innsyn.niva)));
  return oversikt ?? { sumUtestaende: 0, antallUbetalte: 0, antallForfalte: 0 };
}

/** The given invoices that the citizen may see at this login level, in one query. */
export async function fakturaerByIds(db: FakturaDb, innsyn: Innsyn, ids: readonly string[]): Promise<FakturaRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(faktura)
    .where(
      and(
        inArray(faktura.id, [...ids]),
        eq(faktura.eksponertFor, innsyn.pid),
        lte(faktura.sikkerhetsniva, innsyn.niva),
      ),
    );
}
