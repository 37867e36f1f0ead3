import { and, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { OppgaveCursor } from "../domain/cursor.ts";
import type { OppgaveDb } from "./database.ts";
import { fristKeySql, rankSql } from "./rekkefolge-sql.ts";
import type { OppgaveForInnbyggerRow } from "./rows.ts";
import { mottaker, oppgave } from "./schema.ts";

/** The citizen's own status to filter on, or null for all. */
export type StatusFilter = "NY" | "FULLFORT" | null;

/** One page request: its size and the sort key of the last row already seen. */
export interface Side {
  first: number;
  after: OppgaveCursor | null;
}

/** A listed oppgave with its place in the list order, for building cursors. */
export type RangertOppgave = OppgaveForInnbyggerRow & { rank: number };

const forInnbygger = { ...getTableColumns(oppgave), status: mottaker.status };

function statusFilter(status: StatusFilter): SQL | undefined {
  return status ? eq(mottaker.status, status) : undefined;
}

/** One page of the citizen's oppgaver: open first, then frist (none last), then created, then id. */
export async function listOppgaver(
  db: OppgaveDb,
  pid: string,
  status: StatusFilter,
  side: Side,
): Promise<{ rows: RangertOppgave[]; hasNextPage: boolean }> {
  const after = side.after
    ? sql`(${rankSql}, ${fristKeySql}, ${oppgave.created}, ${oppgave.id}) > (${side.after.rank}::int, ${side.after.frist}::date, ${side.after.created}::timestamptz, ${side.after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...forInnbygger, rank: rankSql })
    .from(mottaker)
    .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
    .where(and(eq(mottaker.personId, pid), statusFilter(status), after))
    .orderBy(rankSql, fristKeySql, oppgave.created, oppgave.id)
    .limit(side.first + 1);
  return { rows: rows.slice(0, side.first), hasNextPage: rows.length > side.first };
}

/** How many oppgaver the citizen has with the given own status. */
export async function countOppgaver(db: OppgaveDb, pid: string, status: StatusFilter): Promise<number> {
  const [row] = await db
    .select({ count: sql`count(*)`.mapWith(Number) })
    .from(mottaker)
    .where(and(eq(mottaker.personId, pid), statusFilter(status)));
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
    .select(forInnbygger)
    .from(oppgave)
    .innerJoin(mottaker, and(eq(mottaker.oppgaveId, oppgave.id), eq(mottaker.personId, pid)))
    .where(inArray(oppgave.id, [...ids]));
}
