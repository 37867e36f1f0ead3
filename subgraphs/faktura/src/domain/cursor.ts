import { isKalenderdato, isUuid } from "@minkommune/subgraph-kit";

/**
 * Where a row sits in a citizen's invoice list (unpaid first, then the effective due date, which
 * under an avdrag plan is the next unpaid instalment's, then id).
 * A cursor names the last row seen by this key, so pages stay stable while rows are added.
 */
export interface FakturaCursor {
  /** 0 for unpaid invoices, 1 for the rest: unpaid sort first. */
  rank: 0 | 1;
  effektivForfallDato: string;
  id: string;
}

/** The kinds of the cursor values, for the shared decodeCursor. */
export const CURSOR_KINDS = ["number", "string", "string"] as const;

/** The sort key as the values the shared encodeCursor stores. */
export function cursorValues(cursor: FakturaCursor): [number, string, string] {
  return [cursor.rank, cursor.effektivForfallDato, cursor.id];
}

/** The sort key from decoded cursor values, or null when any value could not have come from a row. */
export function fakturaCursor(values: readonly (string | number)[]): FakturaCursor | null {
  const [rank, effektivForfallDato, id] = values;
  if ((rank !== 0 && rank !== 1) || !isKalenderdato(effektivForfallDato) || !isUuid(id)) return null;
  return { rank, effektivForfallDato, id };
}
