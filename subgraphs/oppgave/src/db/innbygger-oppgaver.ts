import { and, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { OppgaveCursor } from "../domain/cursor.ts";
import type { OppgaveDb } from "./database.ts";
import { fristKeySql, fullfortSql, rankSql } from "./rekkefolge-sql.ts";
import type { OppgaveForInnbyggerRow } from "./rows.ts";
import { mottaker, oppgave } from "./schema.ts";

/** What to list: by the citizen's own status and by the overall state; null for either means all. */
export interface Filter {
  status: "NY" | "FULLFORT" | null;
  fullfort: boolean | null;
}

/** One page request: its size and the sort key of the last row already seen. */
export interface Side {
  first: number;
  after: OppgaveCursor | null;
}

/** A listed oppgave with its place in the list order, for building cursors. */
export type RangertOppgave = OppgaveForInnbyggerRow & { rank: number };

/**
 * When a recipient other than `pid` first completed the oppgave. Reads at most two entries of
 * the partial index on completed recipients (the caller's own may be the first), so it costs
 * the same for two recipients as for ten thousand.
 */
function fullfortAvAnnenSql(pid: string) {
  return sql`(select min(f.status_endret) from (
    select andre.status_endret, andre.person_id from ${mottaker} as andre
    where andre.oppgave_id = ${oppgave.id} and andre.status = 'FULLFORT'
    order by andre.status_endret limit 2
  ) as f where f.person_id <> ${pid})`.mapWith(oppgave.fullfortTidspunkt);
}

/** The columns of an oppgave as the citizen `pid` sees it. */
export const forInnbygger = (pid: string) => ({
  ...getTableColumns(oppgave),
  status: mottaker.status,
  fullfortAvAnnenMottaker: fullfortAvAnnenSql(pid),
});

function filterSql(filter: Filter): SQL | undefined {
  return and(
    filter.status ? eq(mottaker.status, filter.status) : undefined,
    filter.fullfort === null ? undefined : filter.fullfort ? fullfortSql : sql`not ${fullfortSql}`,
  );
}

/** One page of the citizen's oppgaver: open first, then frist (none last), then created, then id. */
export async function listOppgaver(
  db: OppgaveDb,
  pid: string,
  filter: Filter,
  side: Side,
): Promise<{ rows: RangertOppgave[]; hasNextPage: boolean }> {
  const after = side.after
    ? sql`(${rankSql}, ${fristKeySql}, ${oppgave.created}, ${oppgave.id}) > (${side.after.rank}::int, ${side.after.frist}::date, ${side.after.created}::timestamptz, ${side.after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...forInnbygger(pid), rank: rankSql })
    .from(mottaker)
    .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
    .where(and(eq(mottaker.personId, pid), filterSql(filter), after))
    .orderBy(rankSql, fristKeySql, oppgave.created, oppgave.id)
    .limit(side.first + 1);
  return { rows: rows.slice(0, side.first), hasNextPage: rows.length > side.first };
}

/** How many oppgaver the citizen has that pass the filter. */
export async function countOppgaver(db: OppgaveDb, pid: string, filter: Filter): Promise<number> {
  const [row] = await db
    .select({ count: sql`count(*)`.mapWith(Number) })
    .from(mottaker)
    .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
    .where(and(eq(mottaker.personId, pid), filterSql(filter)));
  return row?.count ?? 0;
}

/** The given oppgaver where the citizen is a recipient, with their own status, in one query. */
export async function oppgaverByIds(
  db: OppgaveDb,
  pid: string,
  ids: readonly string[],
): Promise<OppgaveForInnbyggerRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(forInnbygger(pid))
    .from(oppgave)
    .innerJoin(mottaker, and(eq(mottaker.oppgaveId, oppgave.id), eq(mottaker.personId, pid)))
    .where(inArray(oppgave.id, [...ids]));
}
