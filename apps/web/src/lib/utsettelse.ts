import { isUuid } from "./uuid.ts";

/** The betalingsutsettelse form's fields, checked. */
export interface UtsettelseSkjema {
  fakturaId: string;
  nyForfallDato: string;
  idempotencyKey: string;
}

/** A real calendar date as YYYY-MM-DD (what <input type="date"> sends). */
export function isKalenderdato(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The form's fields, or which one is wrong. The key is made at render: letters, digits and dashes. */
export function parseUtsettelse(formData: FormData): UtsettelseSkjema | { feil: "nyForfallDato" | "skjema" } {
  const fakturaId = formData.get("fakturaId");
  const nyForfallDato = formData.get("nyForfallDato");
  const idempotencyKey = formData.get("idempotencyKey");
  if (!isUuid(fakturaId) || typeof idempotencyKey !== "string" || !/^[A-Za-z0-9-]{8,100}$/.test(idempotencyKey)) {
    return { feil: "skjema" };
  }
  if (!isKalenderdato(nyForfallDato)) return { feil: "nyForfallDato" };
  return { fakturaId, nyForfallDato, idempotencyKey };
}

/** The day after a calendar date: the earliest new due date one can ask for. */
export function dagenEtter(dato: string): string {
  const date = new Date(`${dato}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** What the page shows after the citizen asked: the answer (dates already formatted in their language), or why there is none. */
export type UtsettelseState =
  | { type: "ingen" }
  | { type: "svar"; status: "INNVILGET"; forfallDato: string; datoTekst: string }
  | { type: "svar"; status: "AVSLATT"; begrunnelse: string }
  | { type: "svar"; status: "UNDER_BEHANDLING"; onsketForfallDato: string; datoTekst: string }
  | { type: "feil"; grunn: "nyForfallDato" | "ikkeFunnet" | "utilgjengelig" | "utlogget" };
