import { eq, sql } from "drizzle-orm";
import type { GyldigPolicy } from "../domain/policy-input.ts";
import type { Valideringsresultat } from "../domain/validering.ts";
import type { FakturaDb } from "./fakturaer.ts";
import { utsettelsePolicy } from "./schema.ts";
import type { PolicyRow } from "./utsettelser.ts";

/**
 * Replaces a municipality's policy, or creates it. The signing secret is kept unless a new one
 * is given (also when two integrations set the policy at once: the stored secret wins over
 * none). Endpoints need a secret, new or stored; without one nothing is written.
 */
export async function settPolicy(
  db: FakturaDb,
  fiksOrgId: string,
  policy: GyldigPolicy,
): Promise<Valideringsresultat<PolicyRow>> {
  return db.transaction(async (tx) => {
    const [lagret] = await tx
      .select({ hemmelighet: utsettelsePolicy.hemmelighet })
      .from(utsettelsePolicy)
      .where(eq(utsettelsePolicy.fiksOrgId, fiksOrgId))
      .for("update");
    const hemmelighet = policy.nyHemmelighet ?? lagret?.hemmelighet ?? null;
    if ((policy.fagsystemBestemmer || policy.webhookUrl) && !hemmelighet) {
      const grunn = policy.fagsystemBestemmer ? "fagsystemBestemmer" : "webhookUrl";
      return { ok: false, felt: "policy.nyHemmelighet", melding: `må settes når ${grunn} er satt` };
    }
    const { nyHemmelighet: _, ...regler } = policy;
    // The inserted values carry the secret too: Postgres checks them against the constraints
    // even when the row goes on to update an existing one.
    const [row] = await tx
      .insert(utsettelsePolicy)
      .values({ fiksOrgId, ...regler, hemmelighet })
      .onConflictDoUpdate({
        target: utsettelsePolicy.fiksOrgId,
        set: { ...regler, hemmelighet: sql`coalesce(excluded.hemmelighet, ${utsettelsePolicy.hemmelighet})` },
      })
      .returning();
    if (!row) throw new Error("Upsert returned no row");
    return { ok: true, verdi: row };
  });
}
