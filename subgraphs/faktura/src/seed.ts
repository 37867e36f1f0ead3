import type { FakturaDb } from "./db/fakturaer.ts";
import type { NyFaktura } from "./db/rows.ts";
import { faktura, utsettelsePolicy } from "./db/schema.ts";
import { DEMO_FAKTURAER } from "./demo/index.ts";
import { DEMO_POLICIES } from "./demo/policy.ts";
import { isValidKid } from "./domain/kid.ts";
import { isValidKontonummer } from "./domain/kontonummer.ts";

/** The same checks the registration API will make, so demo data never shows what a fagsystem could not send. */
function assertGyldig(row: NyFaktura): void {
  if (row.kontonummer != null && !isValidKontonummer(row.kontonummer)) {
    throw new Error(`Demo invoice ${row.id} has an invalid kontonummer`);
  }
  if (row.kid != null && !isValidKid(row.kid)) throw new Error(`Demo invoice ${row.id} has an invalid KID`);
}

/** Inserts the demo invoices and policies; rows already there are left as they are, so it can run on every start. */
export async function seedDemo(db: FakturaDb): Promise<void> {
  DEMO_FAKTURAER.forEach(assertGyldig);
  await db
    .insert(faktura)
    .values([...DEMO_FAKTURAER])
    .onConflictDoNothing({ target: faktura.id });
  await db
    .insert(utsettelsePolicy)
    .values([...DEMO_POLICIES])
    .onConflictDoNothing({ target: utsettelsePolicy.fiksOrgId });
}
