import { isKalenderdato } from "@minkommune/subgraph-kit";
import { z } from "zod";
import { MAX_BELOP_ORE, MAX_BELOP_TEKST } from "./belop.ts";
import { feltnavn, type Valideringsresultat } from "./validering.ts";

const innbetalingSchema = z.object({
  belop: z
    .number()
    .int("må være et helt antall øre")
    .min(1, "må være minst 1 øre")
    .max(MAX_BELOP_ORE, `kan være høyst ${MAX_BELOP_TEKST}`),
  dato: z.string().refine(isKalenderdato, "må være en gyldig dato på formen ÅÅÅÅ-MM-DD"),
  referanse: z.string().trim().min(1, "kan ikke være tom").max(100, "kan være høyst 100 tegn"),
});

/** A checked payment: positive øre, a real date, and the reference that makes it idempotent. */
export type GyldigInnbetaling = z.output<typeof innbetalingSchema>;

/** Checks the `innbetaling` argument of registrerInnbetaling. */
export function validerInnbetaling(input: unknown): Valideringsresultat<GyldigInnbetaling> {
  const parsed = innbetalingSchema.safeParse(input);
  if (parsed.success) return { ok: true, verdi: parsed.data };
  const [issue] = parsed.error.issues;
  return { ok: false, felt: feltnavn("innbetaling", issue?.path ?? []), melding: issue?.message ?? "Ugyldig" };
}
