import { z } from "zod";
import type { Valideringsresultat } from "./validering.ts";

/** The most characters a cancellation reason may have; it is shown to the citizen in the history. */
export const MAX_ARSAK_LENGDE = 500;

const arsakSchema = z
  .string()
  .trim()
  .min(1, "kan ikke være tom")
  .max(MAX_ARSAK_LENGDE, `kan være høyst ${MAX_ARSAK_LENGDE} tegn`);

/** Checks the `arsak` argument of kansellerAvdragsplan. */
export function validerArsak(input: string): Valideringsresultat<string> {
  const parsed = arsakSchema.safeParse(input);
  if (parsed.success) return { ok: true, verdi: parsed.data };
  return { ok: false, felt: "arsak", melding: parsed.error.issues[0]?.message ?? "Ugyldig" };
}
