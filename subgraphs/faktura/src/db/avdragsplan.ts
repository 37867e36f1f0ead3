import { and, eq, inArray } from "drizzle-orm";
import { avdragsplanStatus } from "../domain/avdragsplan.ts";
import type { FakturaRow } from "./rows.ts";
import { fakturaHendelse } from "./schema.ts";
import type { Tx } from "./utsettelser.ts";

/**
 * Records AVDRAG_FULLFORT for each given invoice that a change has just left paid in full under
 * its avdrag plan, the first time only: an invoice is granted one plan, so one entry says it
 * ended. Callers hold the rows locked (payment, registration), so two writers cannot both add it.
 * Costs no query when none of the rows has a finished plan.
 */
export async function registrerFullfortePlaner(tx: Tx, rows: readonly FakturaRow[], na: Date): Promise<void> {
  const fullfort = rows.filter((row) => avdragsplanStatus(row) === "FULLFORT");
  if (fullfort.length === 0) return;
  const alleredeRegistrert = await tx
    .select({ fakturaId: fakturaHendelse.fakturaId })
    .from(fakturaHendelse)
    .where(
      and(
        inArray(
          fakturaHendelse.fakturaId,
          fullfort.map((row) => row.id),
        ),
        eq(fakturaHendelse.type, "AVDRAG_FULLFORT"),
      ),
    );
  const har = new Set(alleredeRegistrert.map((r) => r.fakturaId));
  const nye = fullfort.filter((row) => !har.has(row.id));
  if (nye.length === 0) return;
  await tx
    .insert(fakturaHendelse)
    .values(
      nye.map((row) => ({ fakturaId: row.id, type: "AVDRAG_FULLFORT" as const, tidspunkt: na, status: row.status })),
    );
}
