import { leggTilDager, osloDato } from "@minkommune/subgraph-kit";
import type { OppgaveDb } from "./db/database.ts";
import type { NyMottaker, NyOppgave } from "./db/rows.ts";
import { mottaker, oppgave } from "./db/schema.ts";
import { DEMO_OPPGAVER } from "./demo/index.ts";

/**
 * Inserts the demo municipalities' oppgaver. Safe on every start: fixed ids and ON CONFLICT DO
 * NOTHING, so rows already there (and any status a demo user changed since) stay as they are.
 * `iDag` anchors the relative deadlines; tests fix it.
 */
export async function seedDemo(db: OppgaveDb, iDag: string = osloDato(new Date())): Promise<void> {
  const oppgaver: NyOppgave[] = [];
  const mottakere: NyMottaker[] = [];
  for (const { kommune, integrasjonId, oppgaver: demo } of DEMO_OPPGAVER) {
    for (const { fristOmDager, mottakere: demoMottakere, ...felter } of demo) {
      oppgaver.push({
        ...felter,
        fiksOrgId: kommune.fiksOrgId,
        integrasjonId,
        frist: fristOmDager === null ? null : leggTilDager(iDag, fristOmDager),
      });
      for (const { pid, status } of demoMottakere) mottakere.push({ oppgaveId: felter.id, personId: pid, status });
    }
  }
  // The mottaker triggers count only rows really inserted, so the counters stay right on re-runs.
  await db.transaction(async (tx) => {
    await tx.insert(oppgave).values(oppgaver).onConflictDoNothing();
    await tx.insert(mottaker).values(mottakere).onConflictDoNothing();
  });
}
