/** What the mark-as-read form asks for: one letter, read or unread. */
export interface Markering {
  meldingId: string;
  lest: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form's fields, or null when they are not a letter id and "true"/"false". */
export function parseMarkering(formData: FormData): Markering | null {
  const meldingId = formData.get("meldingId");
  const lest = formData.get("lest");
  if (typeof meldingId !== "string" || !UUID.test(meldingId)) return null;
  if (lest !== "true" && lest !== "false") return null;
  return { meldingId, lest: lest === "true" };
}

/** The outcome of a marking the Post page reports after the redirect. */
export type MarkeringStatus = "lest" | "ulest" | "arkiver" | "gjenopprett" | "ingenValgt" | "feil";

export const MARKERING_STATUSES: readonly MarkeringStatus[] = [
  "lest",
  "ulest",
  "arkiver",
  "gjenopprett",
  "ingenValgt",
  "feil",
];

/**
 * `path` (with its query) with `status` set to the outcome, replacing an earlier one; `antall`
 * (how many letters changed) is kept beside it for bulk actions and dropped otherwise.
 */
export function withStatus(path: string, status: MarkeringStatus, antall?: number): string {
  const url = new URL(path, "http://local");
  url.searchParams.set("status", status);
  if (antall === undefined) url.searchParams.delete("antall");
  else url.searchParams.set("antall", String(antall));
  return `${url.pathname}${url.search}`;
}
