import { isIsoInstant, isKalenderdato, isUuid } from "@minkommune/subgraph-kit";

/** Stands for "no frist" in the sort key, so tasks without a deadline sort last (Postgres 'infinity'). */
export const INGEN_FRIST = "infinity";

/**
 * Where a row sits in a citizen's oppgave list: open first (rank 0), then frist ascending with
 * no frist last, then created, then id. A cursor names the last row seen by this key, so
 * pages stay stable while rows are added.
 */
export interface OppgaveCursor {
  rank: 0 | 1;
  /** The frist, or INGEN_FRIST. */
  frist: string;
  /** ISO 8601 instant with milliseconds, the precision the column stores. */
  created: string;
  id: string;
}

/** The kinds of the cursor values, for the shared decodeCursor. */
export const CURSOR_KINDS = ["number", "string", "string", "string"] as const;

/** The sort key of a listed row. */
export function cursorFor(row: { rank: number; frist: string | null; created: Date; id: string }): OppgaveCursor {
  return {
    rank: row.rank === 0 ? 0 : 1,
    frist: row.frist ?? INGEN_FRIST,
    created: row.created.toISOString(),
    id: row.id,
  };
}

/** The sort key as the values the shared encodeCursor stores. */
export function cursorValues(cursor: OppgaveCursor): [number, string, string, string] {
  return [cursor.rank, cursor.frist, cursor.created, cursor.id];
}

/** The sort key from decoded cursor values, or null when any value could not have come from a row. */
export function oppgaveCursor(values: readonly (string | number)[]): OppgaveCursor | null {
  const [rank, frist, created, id] = values;
  if (rank !== 0 && rank !== 1) return null;
  if (frist !== INGEN_FRIST && !isKalenderdato(frist)) return null;
  if (!isIsoInstant(created)) return null;
  if (!isUuid(id)) return null;
  return { rank, frist, created, id };
}
