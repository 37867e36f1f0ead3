import { type ForesporselNokler, type ForesporselState, parseNokler } from "./foresporsel.ts";

/** The betalingsutsettelse form's fields, checked. */
export interface UtsettelseSkjema extends ForesporselNokler {
  nyForfallDato: string;
}

/** A real calendar date as YYYY-MM-DD (what <input type="date"> sends). */
export function isKalenderdato(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The form's fields, or which one is wrong. */
export function parseUtsettelse(formData: FormData): UtsettelseSkjema | { feil: "nyForfallDato" | "skjema" } {
  const nokler = parseNokler(formData);
  if (!nokler) return { feil: "skjema" };
  const nyForfallDato = formData.get("nyForfallDato");
  if (!isKalenderdato(nyForfallDato)) return { feil: "nyForfallDato" };
  return { ...nokler, nyForfallDato };
}

/** The day after a calendar date: the earliest new due date one can ask for. */
export function dagenEtter(dato: string): string {
  const date = new Date(`${dato}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** What the page shows after the citizen asked: the answer (dates already formatted in their language), or why there is none. */
export type UtsettelseState = ForesporselState<
  | { status: "INNVILGET"; forfallDato: string; datoTekst: string }
  | { status: "AVSLATT"; begrunnelse: string }
  | { status: "UNDER_BEHANDLING"; onsketForfallDato: string; datoTekst: string },
  "nyForfallDato"
>;
