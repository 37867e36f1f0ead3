import { and, eq, inArray, sql } from "drizzle-orm";
import type { OppgaveDb } from "./database.ts";
import { varslingsvalg } from "./schema.ts";

/** The choices a citizen has made, or the defaults. */
export interface Varslingsvalg {
  epostPurring: boolean;
}

/** What a citizen who never changed anything gets. */
export const STANDARD_VARSLINGSVALG: Varslingsvalg = { epostPurring: true };

type Db = Pick<OppgaveDb, "select" | "insert">;

/** The citizen's stored choices, or the defaults when none are stored. */
export async function hentVarslingsvalg(db: Db, personId: string): Promise<Varslingsvalg> {
  const [row] = await db
    .select({ epostPurring: varslingsvalg.epostPurring })
    .from(varslingsvalg)
    .where(eq(varslingsvalg.personId, personId));
  return row ?? STANDARD_VARSLINGSVALG;
}

/** Stores the citizen's choices in one statement, so concurrent or repeated calls leave one row. */
export async function lagreVarslingsvalg(db: Db, personId: string, valg: Varslingsvalg): Promise<Varslingsvalg> {
  const [row] = await db
    .insert(varslingsvalg)
    .values({ personId, epostPurring: valg.epostPurring })
    .onConflictDoUpdate({
      target: varslingsvalg.personId,
      set: { epostPurring: valg.epostPurring, endret: sql`now()` },
    })
    .returning({ epostPurring: varslingsvalg.epostPurring });
  if (!row) throw new Error("varslingsvalg was not stored");
  return row;
}

/** Those of `personIds` who turned reminder e-mails off, read by primary key. */
export async function medEpostPurringAv(db: Db, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: varslingsvalg.personId })
    .from(varslingsvalg)
    .where(and(inArray(varslingsvalg.personId, [...personIds]), eq(varslingsvalg.epostPurring, false)));
  return new Set(rows.map((row) => row.personId));
}
