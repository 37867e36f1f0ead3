import type { Database } from "@minkommune/db";
import { and, eq, getTableColumns, inArray, lte, not, or, type SQL, sql } from "drizzle-orm";
import { MAX_SUM_ORE } from "../domain/belop.ts";
import type { FakturaCursor } from "../domain/cursor.ts";
import { effektivForfallSql } from "./avdragsplan-sql.ts";
import { rankSql, ubetaltSql, utestaendeSql } from "./belop-sql.ts";
import type { FakturaRow } from "./rows.ts";
import type * as schema from "./schema.ts";
import { faktura } from "./schema.ts";

/** The database of this subgraph. */
export type FakturaDb = Database<typeof schema>;

/**
 * Whose invoices, at which login level: invoices exposed to `pid` or to a property in
 * `matrikkelenheter` (from the Tilgangskilde), with sikkerhetsniva ≤ `niva`.
 */
export interface Innsyn {
  pid: string;
  niva: 3 | 4;
  matrikkelenheter: readonly string[];
}

/** The citizen's list filters; null or empty means "any". */
export interface FakturaFilter {
  /** true = only unpaid, false = only the rest. */
  ubetalt: boolean | null;
  status: readonly FakturaRow["status"][] | null;
  /** Years of fakturaDato. */
  arstall: readonly number[] | null;
  /** fiksOrgId of the municipalities. */
  kommune: readonly string[] | null;
}

/** Invoices exposed to the person or to one of their properties, at any login level. */
export function eksponertFor(innsyn: Innsyn): SQL | undefined {
  const person = and(eq(faktura.eksponertForType, "FODSELSNUMMER"), eq(faktura.eksponertFor, innsyn.pid));
  if (innsyn.matrikkelenheter.length === 0) return person;
  return or(
    person,
    and(eq(faktura.eksponertForType, "MATRIKKELNUMMER"), inArray(faktura.eksponertFor, [...innsyn.matrikkelenheter])),
  );
}

/** Invoices the citizen may see at this login level. */
export function synligFor(innsyn: Innsyn): SQL | undefined {
  return and(eksponertFor(innsyn), lte(faktura.sikkerhetsniva, innsyn.niva));
}

/** One page request: its size and the sort key of the last row already seen. */
export interface Side {
  first: number;
  after: FakturaCursor | null;
}

/** An invoice row with its place in the list order, for building cursors. */
export type RangertFaktura = FakturaRow & { rank: 0 | 1; effektivForfallDato: string };

/** The list order's columns: unpaid first, then the effective due date, then id. */
export const rangering = {
  rank: rankSql,
  // As YYYY-MM-DD text whatever the server's DateStyle: the cursor carries it as a calendar date.
  effektivForfallDato: sql<string>`to_char(${effektivForfallSql}, 'YYYY-MM-DD')`,
};

/** Rows after the cursor's row in the list order. */
export const etterCursor = (after: FakturaCursor | null | undefined): SQL | undefined =>
  after
    ? sql`(${rankSql}, ${effektivForfallSql}, ${faktura.id}) > (${after.rank}::int, ${after.effektivForfallDato}::date, ${after.id}::uuid)`
    : undefined;

/** The list order itself. */
export const listeRekkefolge = [rankSql, effektivForfallSql, faktura.id] as const;

function ubetaltFilter(ubetalt: boolean | null): SQL | undefined {
  if (ubetalt === null) return undefined;
  return ubetalt ? ubetaltSql : not(ubetaltSql);
}

const some = <T>(values: readonly T[] | null): values is readonly T[] => values != null && values.length > 0;

function filterSql(filter: FakturaFilter): SQL | undefined {
  return and(
    ubetaltFilter(filter.ubetalt),
    some(filter.status) ? inArray(faktura.status, [...filter.status]) : undefined,
    some(filter.arstall)
      ? inArray(sql`extract(year from ${faktura.fakturaDato})::int`, [...filter.arstall])
      : undefined,
    some(filter.kommune)
      ? inArray(
          faktura.fiksOrgId,
          filter.kommune.map((k) => k.toLowerCase()),
        )
      : undefined,
  );
}

/** One page of the citizen's invoices: unpaid first, then effective due date ascending, then id. */
export async function listFakturaer(
  db: FakturaDb,
  innsyn: Innsyn,
  filter: FakturaFilter,
  side: Side,
): Promise<{ rows: RangertFaktura[]; hasNextPage: boolean }> {
  const rows = await db
    .select({ ...getTableColumns(faktura), ...rangering })
    .from(faktura)
    .where(and(synligFor(innsyn), filterSql(filter), etterCursor(side.after)))
    .orderBy(...listeRekkefolge)
    .limit(side.first + 1);
  return { rows: rows.slice(0, side.first), hasNextPage: rows.length > side.first };
}

/** How many invoices match the filter at this login level, and how many need a higher one. */
export async function countFakturaer(
  db: FakturaDb,
  innsyn: Innsyn,
  filter: FakturaFilter,
): Promise<{ totalCount: number; treffMedHoyereInnloggingsniva: number }> {
  const [counts] = await db
    .select({
      totalCount: sql`count(*) filter (where ${faktura.sikkerhetsniva} <= ${innsyn.niva})`.mapWith(Number),
      treffMedHoyereInnloggingsniva: sql`count(*) filter (where ${faktura.sikkerhetsniva} > ${innsyn.niva})`.mapWith(
        Number,
      ),
    })
    .from(faktura)
    .where(and(eksponertFor(innsyn), filterSql(filter)));
  return counts ?? { totalCount: 0, treffMedHoyereInnloggingsniva: 0 };
}

/** The citizen's totals; the sum is capped at MAX_SUM_ORE, and says so when it was. */
export interface Oversikt {
  sumUtestaende: number;
  sumUtestaendeAvgrenset: boolean;
  antallUbetalte: number;
  antallForfalte: number;
}

// sum() over bigint is numeric in Postgres: exact however many invoices, compared before it
// becomes a JavaScript number.
const sumUtestaendeSql = sql`coalesce(sum(${utestaendeSql}) filter (where ${ubetaltSql}), 0)`;

/**
 * Totals over the citizen's visible invoices, in one query; `iDag` is today's date in Oslo.
 * Overdue goes by the effective due date, so an invoice paid by its avdrag plan is not overdue.
 */
export async function fakturaOversikt(db: FakturaDb, innsyn: Innsyn, iDag: string): Promise<Oversikt> {
  const [oversikt] = await db
    .select({
      sumUtestaende: sql`least(${sumUtestaendeSql}, ${MAX_SUM_ORE}::bigint)`.mapWith(Number),
      sumUtestaendeAvgrenset: sql`${sumUtestaendeSql} > ${MAX_SUM_ORE}::bigint`.mapWith(Boolean),
      antallUbetalte: sql`count(*) filter (where ${ubetaltSql})`.mapWith(Number),
      antallForfalte: sql`count(*) filter (where ${ubetaltSql} and ${effektivForfallSql} < ${iDag}::date)`.mapWith(
        Number,
      ),
    })
    .from(faktura)
    .where(synligFor(innsyn));
  return oversikt ?? { sumUtestaende: 0, sumUtestaendeAvgrenset: false, antallUbetalte: 0, antallForfalte: 0 };
}

/** The given invoices that the citizen may see at this login level, in one query. */
export async function fakturaerByIds(db: FakturaDb, innsyn: Innsyn, ids: readonly string[]): Promise<FakturaRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(faktura)
    .where(and(inArray(faktura.id, [...ids]), synligFor(innsyn)));
}
