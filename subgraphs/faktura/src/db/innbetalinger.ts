import { and, asc, eq } from "drizzle-orm";
import { effektivForfallDato } from "../domain/avdragsplan.ts";
import { MAX_BELOP_ORE, medInnbetaling } from "../domain/belop.ts";
import type { GyldigInnbetaling } from "../domain/innbetaling.ts";
import { registrerFullfortePlaner } from "./avdragsplan.ts";
import { type Eier, egenFaktura } from "./eier.ts";
import type { FakturaDb } from "./fakturaer.ts";
import type { FakturaRow } from "./rows.ts";
import { faktura, fakturaHendelse, innbetaling } from "./schema.ts";

/** The outcome of reporting a payment. */
export type Innbetalingsresultat =
  | { ok: true; row: FakturaRow }
  | { ok: false; grunn: "IKKE_FUNNET" | "REFERANSE_BRUKT_ANNERLEDES" | "OVER_GRENSEN" };

/**
 * Adds a payment to the integration's invoice, once per `referanse`: the same payment reported
 * again returns the invoice unchanged; the same referanse with another amount or date is refused.
 * The invoice row is locked, so concurrent payments add up instead of overwriting each other.
 * Under an avdrag plan the payment pays the instalments in order (derived from innbetaltBelop,
 * see src/domain/avdragsplan.ts); the one that leaves nothing owed ends the plan.
 */
export async function registrerInnbetaling(
  db: FakturaDb,
  eier: Eier,
  meldingId: string,
  inn: GyldigInnbetaling,
  na: Date,
): Promise<Innbetalingsresultat> {
  return db.transaction(async (tx) => {
    const [lagret] = await tx.select().from(faktura).where(egenFaktura(eier, meldingId)).for("update");
    if (!lagret) return { ok: false, grunn: "IKKE_FUNNET" };
    const [tidligere] = await tx
      .select()
      .from(innbetaling)
      .where(and(eq(innbetaling.fakturaId, lagret.id), eq(innbetaling.referanse, inn.referanse)));
    if (tidligere) {
      const samme = tidligere.belop === inn.belop && tidligere.dato === inn.dato;
      return samme ? { ok: true, row: lagret } : { ok: false, grunn: "REFERANSE_BRUKT_ANNERLEDES" };
    }
    // Checked before anything is written: a refused payment must leave no row behind.
    if (lagret.innbetaltBelop + inn.belop > MAX_BELOP_ORE) return { ok: false, grunn: "OVER_GRENSEN" };
    const [ny] = await tx
      .insert(innbetaling)
      .values({ fakturaId: lagret.id, referanse: inn.referanse, belop: inn.belop, dato: inn.dato })
      .onConflictDoNothing({ target: [innbetaling.fakturaId, innbetaling.referanse] })
      .returning();
    // The invoice row is locked, so no one else can have added this referanse since the check.
    if (!ny) throw new Error("Payment referanse appeared while the invoice was locked");
    const etter = medInnbetaling(lagret, inn.belop);
    const [oppdatert] = await tx
      .update(faktura)
      .set({ ...etter, changed: na })
      .where(eq(faktura.id, lagret.id))
      .returning();
    if (!oppdatert) throw new Error("Invoice vanished during payment");
    await tx.insert(fakturaHendelse).values({
      fakturaId: lagret.id,
      type: "INNBETALING",
      tidspunkt: na,
      belop: inn.belop,
      // Under an avdrag plan the payment moves the due date on to the next instalment not paid.
      forfallDato: effektivForfallDato(oppdatert),
      status: oppdatert.status,
    });
    await registrerFullfortePlaner(tx, [oppdatert], na);
    return { ok: true, row: oppdatert };
  });
}

/** The payments registered on an invoice, oldest first. */
export async function innbetalingerFor(db: FakturaDb, fakturaId: string) {
  return db
    .select()
    .from(innbetaling)
    .where(eq(innbetaling.fakturaId, fakturaId))
    .orderBy(asc(innbetaling.created), asc(innbetaling.referanse));
}

/** The integration's invoice with this meldingId, or null (also for another integration's). */
export async function hentEgenFaktura(db: FakturaDb, eier: Eier, meldingId: string): Promise<FakturaRow | null> {
  const [row] = await db.select().from(faktura).where(egenFaktura(eier, meldingId));
  return row ?? null;
}
