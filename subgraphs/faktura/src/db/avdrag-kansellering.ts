import { and, eq } from "drizzle-orm";
import { avdragsplanStatus } from "../domain/avdragsplan.ts";
import { type Eier, egenFaktura } from "./eier.ts";
import type { FakturaRow, UtsettelseRow } from "./rows.ts";
import { betalingsutsettelse, faktura, fakturaHendelse } from "./schema.ts";
import type { Tx } from "./utsettelser.ts";

/**
 * The outcome of cancelling an avdrag plan; `kansellert` is the granted request whose plan this
 * call cancelled, null when an earlier call already had.
 */
export type Kanselleringsresultat =
  | { ok: true; row: FakturaRow; kansellert: UtsettelseRow | null }
  | { ok: false; grunn: "IKKE_FUNNET" | "INGEN_PLAN" };

/**
 * Cancels the running avdrag plan on the integration's invoice, in the caller's transaction: the
 * instalments go, the invoice's own forfallDato decides again, and the history records why. The
 * invoice row is locked, so of two cancellations at once (or a retry) the first cancels and the
 * rest find it done. A plan already paid in full, one not granted yet, or none is nothing to cancel.
 */
export async function kansellerPlan(
  tx: Tx,
  eier: Eier,
  meldingId: string,
  arsak: string,
  na: Date,
): Promise<Kanselleringsresultat> {
  const [lagret] = await tx.select().from(faktura).where(egenFaktura(eier, meldingId)).for("update");
  if (!lagret) return { ok: false, grunn: "IKKE_FUNNET" };
  if (lagret.avdragKansellert) return { ok: true, row: lagret, kansellert: null };
  if (avdragsplanStatus(lagret) !== "AKTIV") return { ok: false, grunn: "INGEN_PLAN" };
  const [oppdatert] = await tx
    .update(faktura)
    .set({ avdragsplan: null, avdragInnbetaltFor: null, avdragKansellert: na, changed: na })
    .where(eq(faktura.id, lagret.id))
    .returning();
  if (!oppdatert) throw new Error("Invoice vanished while cancelling its plan");
  await tx.insert(fakturaHendelse).values({
    fakturaId: oppdatert.id,
    type: "AVDRAG_KANSELLERT",
    tidspunkt: na,
    forfallDato: oppdatert.forfallDato,
    status: oppdatert.status,
    arsak,
  });
  // The request that granted the plan: an invoice is granted at most one.
  const [innvilget] = await tx
    .select()
    .from(betalingsutsettelse)
    .where(
      and(
        eq(betalingsutsettelse.fakturaId, oppdatert.id),
        eq(betalingsutsettelse.gjelder, "AVDRAG"),
        eq(betalingsutsettelse.status, "INNVILGET"),
      ),
    );
  if (!innvilget) throw new Error("A running avdrag plan without the request that granted it");
  return { ok: true, row: oppdatert, kansellert: innvilget };
}
