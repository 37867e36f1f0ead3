import { type ForesporselNokler, type ForesporselState, parseNokler } from "./foresporsel.ts";

/** The bounds beOmAvdrag documents for antallAvdrag; the municipality's policy may allow fewer, and decides. */
export const MIN_ANTALL_AVDRAG = 2;
export const MAX_ANTALL_AVDRAG = 12;

/** The avdrag form's fields, checked. */
export interface AvdragSkjema extends ForesporselNokler {
  antallAvdrag: number;
}

/** The number of instalments as the form sends it: a whole number within the documented bounds, or null. */
export function parseAntallAvdrag(value: FormDataEntryValue | null): number | null {
  if (typeof value !== "string" || !/^\d{1,3}$/.test(value.trim())) return null;
  const antall = Number(value.trim());
  return antall >= MIN_ANTALL_AVDRAG && antall <= MAX_ANTALL_AVDRAG ? antall : null;
}

/** The form's fields, or which one is wrong. */
export function parseAvdrag(formData: FormData): AvdragSkjema | { feil: "antallAvdrag" | "skjema" } {
  const nokler = parseNokler(formData);
  if (!nokler) return { feil: "skjema" };
  const antallAvdrag = parseAntallAvdrag(formData.get("antallAvdrag"));
  if (antallAvdrag === null) return { feil: "antallAvdrag" };
  return { ...nokler, antallAvdrag };
}

/** What the page shows after the citizen asked for an avdrag plan: the answer, or why there is none. */
export type AvdragState = ForesporselState<
  | { status: "INNVILGET"; antall: number }
  | { status: "AVSLATT"; begrunnelse: string }
  | { status: "UNDER_BEHANDLING"; antall: number },
  "antallAvdrag"
>;
