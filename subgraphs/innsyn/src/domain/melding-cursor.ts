import { isUuid } from "@minkommune/subgraph-kit";

/** The kinds of the cursor values, for the shared decodeCursor: (sort date, meldingId). */
export const CURSOR_KINDS = ["string", "string"] as const;

/** An instant as Date.toISOString writes it (millisecond precision, UTC), the only form our cursors carry. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The sort key from decoded cursor values, or null when a value could not have come from a row:
 * the list query casts them to timestamptz and uuid, so anything else must stop here.
 */
export function meldingCursor(values: readonly (string | number)[]): [string, string] | null {
  const [sendtDato, meldingId] = values;
  if (typeof sendtDato !== "string" || !ISO_INSTANT.test(sendtDato)) return null;
  const tid = Date.parse(sendtDato);
  if (Number.isNaN(tid) || new Date(tid).toISOString() !== sendtDato) return null;
  if (!isUuid(meldingId)) return null;
  return [sendtDato, meldingId.toLowerCase()];
}
