import { and, count, eq, inArray, or, type SQL } from "drizzle-orm";
import type { AvdragPolicy } from "../domain/avdrag-policy.ts";
import type { AvslagKode, UtsettelsePolicy } from "../domain/utsettelse-policy.ts";
import type { FakturaDb } from "./fakturaer.ts";
import type { FakturaRow, UtsettelseRow } from "./rows.ts";
import { betalingsutsettelse, faktura, fakturaHendelse, utsettelsePolicy } from "./schema.ts";

/** A database or an open transaction: every function here runs inside the caller's transaction. */
export type Tx = Pick<FakturaDb, "select" | "insert" | "update" | "delete">;

/** A municipality's policy row, with where to reach its invoicing system. */
export type PolicyRow = typeof utsettelsePolicy.$inferSelect;

/** The municipality's policy, or null when it does not offer betalingsutsettelse. */
export async function hentPolicy(tx: Tx, fiksOrgId: string): Promise<PolicyRow | null> {
  const [row] = await tx.select().from(utsettelsePolicy).where(eq(utsettelsePolicy.fiksOrgId, fiksOrgId));
  return row ?? null;
}

/** What a request is about: a later due date, or instalments. */
export type Gjelder = UtsettelseRow["gjelder"];

/** The rules part of a policy row, for the pure vurderUtsettelse and vurderAvdrag. */
export function regler(row: PolicyRow | null): (UtsettelsePolicy & AvdragPolicy) | null {
  return row && { ...row };
}

/** Locks the invoice row, so requests on one invoice are decided one at a time. */
export async function laasFaktura(tx: Tx, fakturaId: string): Promise<FakturaRow | null> {
  const [row] = await tx.select().from(faktura).where(eq(faktura.id, fakturaId)).for("update");
  return row ?? null;
}

/** The earlier request this one repeats: the same idempotency key, or the same kind and date. */
export async function finnSammeForesporsel(
  tx: Tx,
  fakturaId: string,
  gjelder: Gjelder,
  onsketForfallDato: string,
  idempotencyKey: string | null,
): Promise<UtsettelseRow | null> {
  const sammeOnske = and(
    eq(betalingsutsettelse.gjelder, gjelder),
    eq(betalingsutsettelse.onsketForfallDato, onsketForfallDato),
  );
  const samme: SQL | undefined = idempotencyKey
    ? or(eq(betalingsutsettelse.idempotencyKey, idempotencyKey), sammeOnske)
    : sammeOnske;
  const rows = await tx
    .select()
    .from(betalingsutsettelse)
    .where(and(eq(betalingsutsettelse.fakturaId, fakturaId), samme));
  // A key match wins: it tells us the caller meant that very request.
  return rows.find((r) => idempotencyKey != null && r.idempotencyKey === idempotencyKey) ?? rows[0] ?? null;
}

/**
 * How many requests of this kind count against the policy's limit: those granted and those the
 * invoicing system has not answered yet (they may still be granted).
 */
export async function antallTidligere(tx: Tx, fakturaId: string, gjelder: Gjelder): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(betalingsutsettelse)
    .where(
      and(
        eq(betalingsutsettelse.fakturaId, fakturaId),
        eq(betalingsutsettelse.gjelder, gjelder),
        inArray(betalingsutsettelse.status, ["INNVILGET", "UNDER_BEHANDLING"]),
      ),
    );
  return row?.n ?? 0;
}

/** Stores a new request. */
export async function lagreForesporsel(tx: Tx, ny: typeof betalingsutsettelse.$inferInsert): Promise<UtsettelseRow> {
  const [row] = await tx.insert(betalingsutsettelse).values(ny).returning();
  if (!row) throw new Error("Insert returned no row");
  return row;
}

/** A decision on a request that is still UNDER_BEHANDLING. */
export interface Beslutning {
  status: "INNVILGET" | "AVSLATT";
  arsak: AvslagKode | null;
  besluttetAv: "POLICY" | "FAGSYSTEM";
}

/**
 * Records a decision; when granted, moves the invoice's due date or gives it its instalments,
 * and adds that to the history. Returns null when the request was already decided (a late
 * answer or a second worker).
 */
export async function besluttForesporsel(
  tx: Tx,
  id: string,
  beslutning: Beslutning,
  na: Date,
): Promise<UtsettelseRow | null> {
  const [row] = await tx
    .update(betalingsutsettelse)
    .set({ ...beslutning, besluttet: na })
    .where(and(eq(betalingsutsettelse.id, id), eq(betalingsutsettelse.status, "UNDER_BEHANDLING")))
    .returning();
  if (!row) return null;
  if (beslutning.status === "INNVILGET") await innvilg(tx, row, na);
  return row;
}

/**
 * The invoice columns a granted request sets: a postponement moves the due date; avdrag gives the
 * invoice its instalments (forfallDato stays the first one's) and the innbetaltBelop they start
 * from, so only later payments pay them. Shared by the write and the in-memory answer.
 */
export function endringVedInnvilgelse(
  request: UtsettelseRow,
): Pick<FakturaRow, "forfallDato"> | Pick<FakturaRow, "avdragsplan" | "avdragInnbetaltFor"> {
  if (request.gjelder !== "AVDRAG") return { forfallDato: request.onsketForfallDato };
  // innbetaltFor is stored with every avdrag request (migration 0003 filled it in for older ones).
  return { avdragsplan: request.avdrag ?? [], avdragInnbetaltFor: request.innbetaltFor ?? 0 };
}

/** What a grant changes (endringVedInnvilgelse), recorded in the history. */
async function innvilg(tx: Tx, request: UtsettelseRow, na: Date): Promise<void> {
  const avdrag = request.gjelder === "AVDRAG" ? (request.avdrag ?? []) : null;
  const endring = endringVedInnvilgelse(request);
  const [oppdatert] = await tx
    .update(faktura)
    .set({ ...endring, changed: na })
    .where(eq(faktura.id, request.fakturaId))
    .returning({ status: faktura.status });
  await tx.insert(fakturaHendelse).values({
    fakturaId: request.fakturaId,
    type: avdrag ? "AVDRAG_INNVILGET" : "BETALINGSUTSETTELSE_INNVILGET",
    tidspunkt: na,
    belop: avdrag?.reduce((sum, a) => sum + a.belop, 0),
    forfallDato: request.onsketForfallDato,
    status: oppdatert?.status,
  });
}

/** One request by id, with its invoice. */
export async function hentForesporsel(
  tx: Tx,
  id: string,
): Promise<{ request: UtsettelseRow; faktura: FakturaRow } | null> {
  const [row] = await tx
    .select({ request: betalingsutsettelse, faktura })
    .from(betalingsutsettelse)
    .innerJoin(faktura, eq(faktura.id, betalingsutsettelse.fakturaId))
    .where(eq(betalingsutsettelse.id, id));
  return row ?? null;
}
