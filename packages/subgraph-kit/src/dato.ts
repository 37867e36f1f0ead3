/** "Today" for a citizen is the date in Oslo, not in UTC. */
const osloDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in Europe/Oslo at the given instant. */
export function osloDato(instant: Date): string {
  return osloDate.format(instant);
}

/** True for a real calendar date written YYYY-MM-DD (no 30 February). */
export function isKalenderdato(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const instant = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString().slice(0, 10) === value;
}

/** The date `dager` days after (or before, when negative) the given date. */
export function leggTilDager(dato: string, dager: number): string {
  const instant = new Date(`${dato}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + dager);
  return instant.toISOString().slice(0, 10);
}

/**
 * True for an instant exactly as Date.toISOString writes it (UTC, milliseconds), the only form
 * cursors carry; a value that does not survive the round trip (30 February) is refused.
 */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}
