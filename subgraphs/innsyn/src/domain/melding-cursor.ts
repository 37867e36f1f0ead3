import { isIsoInstant, isUuid } from "@minkommune/subgraph-kit";

/** The kinds of the cursor values, for the shared decodeCursor: (sort date, meldingId). */
export const CURSOR_KINDS = ["string", "string"] as const;

/**
 * The sort key from decoded cursor values, or null when a value could not have come from a row:
 * the list query casts them to timestamptz and uuid, so anything else must stop here.
 */
export function meldingCursor(values: readonly (string | number)[]): [string, string] | null {
  const [sendtDato, meldingId] = values;
  if (!isIsoInstant(sendtDato) || !isUuid(meldingId)) return null;
  return [sendtDato, meldingId.toLowerCase()];
}
