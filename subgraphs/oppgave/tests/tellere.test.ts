import { INGRID, JONAS, KARI, OLA } from "@minkommune/demo-data";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lagreOppgave } from "../src/db/integrasjon-oppgaver.ts";
import { fullfortSql, rankSql } from "../src/db/rekkefolge-sql.ts";
import { mottaker, oppgave } from "../src/db/schema.ts";
import { erApen, erFullfort } from "../src/domain/fullfort.ts";
import type { GyldigOppgave } from "../src/domain/opprett-oppgave.ts";
import { seedDemo } from "../src/seed.ts";
import { osloIntegrasjon, SEED_DAY } from "./helpers/demo.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";

let database: CountingDatabase;

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db, SEED_DAY);
});
afterAll(async () => {
  await database?.close();
});

const ny = (utfortKriterie: "ANY" | "ALL", personIdList: string[]): GyldigOppgave => ({
  tittel: "Gi samtykke",
  beskrivelse: "Test",
  handling: "Gi samtykke",
  url: "https://www.oslo.kommune.no/",
  frist: null,
  utfortKriterie,
  sprak: null,
  metadata: null,
  mottakere: { personIdList },
  varsling: { purringIntervallDager: 0 },
});

async function tellere(id: string) {
  const [row] = await database.db
    .select({ antallMottakere: oppgave.antallMottakere, antallFullfort: oppgave.antallFullfort })
    .from(oppgave)
    .where(eq(oppgave.id, id));
  return row;
}

async function settStatus(id: string, personIds: string[], status: "NY" | "FULLFORT") {
  for (const personId of personIds) {
    await database.db
      .update(mottaker)
      .set({ status })
      .where(and(eq(mottaker.oppgaveId, id), eq(mottaker.personId, personId)));
  }
}

describe("mottaker triggers keep the oppgave counters", () => {
  const id = "0a9e0000-0000-4000-8000-000000000b01";

  it("count the recipients stored with a new oppgave", async () => {
    await lagreOppgave(database.db, id, osloIntegrasjon, ny("ALL", [KARI.pid, OLA.pid, INGRID.pid]));
    expect(await tellere(id)).toEqual({ antallMottakere: 3, antallFullfort: 0 });
  });

  it("follow status changes, counting a repeated change once", async () => {
    await settStatus(id, [KARI.pid], "FULLFORT");
    await settStatus(id, [KARI.pid], "FULLFORT");
    expect(await tellere(id)).toEqual({ antallMottakere: 3, antallFullfort: 1 });
    await database.db.update(mottaker).set({ status: "FULLFORT" }).where(eq(mottaker.oppgaveId, id));
    expect(await tellere(id)).toEqual({ antallMottakere: 3, antallFullfort: 3 });
    await settStatus(id, [OLA.pid], "NY");
    expect(await tellere(id)).toEqual({ antallMottakere: 3, antallFullfort: 2 });
  });

  it("follow added and removed recipients, ignoring inserts that conflict", async () => {
    await database.db
      .insert(mottaker)
      .values([
        { oppgaveId: id, personId: KARI.pid },
        { oppgaveId: id, personId: JONAS.pid },
      ])
      .onConflictDoNothing();
    expect(await tellere(id)).toEqual({ antallMottakere: 4, antallFullfort: 2 });
    await database.db.delete(mottaker).where(and(eq(mottaker.oppgaveId, id), eq(mottaker.personId, KARI.pid)));
    expect(await tellere(id)).toEqual({ antallMottakere: 3, antallFullfort: 1 });
  });

  it("agree with a fresh count for every oppgave, the demo ones included", async () => {
    const rows = await database.db
      .select({
        id: oppgave.id,
        antallMottakere: oppgave.antallMottakere,
        antallFullfort: oppgave.antallFullfort,
        telt: sql`(select count(*) from ${mottaker} where ${mottaker.oppgaveId} = ${oppgave.id})`.mapWith(Number),
        teltFullfort:
          sql`(select count(*) from ${mottaker} where ${mottaker.oppgaveId} = ${oppgave.id} and ${mottaker.status} = 'FULLFORT')`.mapWith(
            Number,
          ),
      })
      .from(oppgave);
    expect(rows.length).toBeGreaterThan(12);
    for (const row of rows) {
      expect([row.antallMottakere, row.antallFullfort], row.id).toEqual([row.telt, row.teltFullfort]);
    }
  });
});

describe("the SQL used for ordering", () => {
  it("states the same ANY/ALL and open rules as src/domain, on every stored recipient", async () => {
    const anyDone = "0a9e0000-0000-4000-8000-000000000b02";
    const allDone = "0a9e0000-0000-4000-8000-000000000b03";
    await lagreOppgave(database.db, anyDone, osloIntegrasjon, ny("ANY", [KARI.pid, OLA.pid]));
    await settStatus(anyDone, [OLA.pid], "FULLFORT");
    await lagreOppgave(database.db, allDone, osloIntegrasjon, ny("ALL", [KARI.pid, JONAS.pid]));
    await settStatus(allDone, [KARI.pid, JONAS.pid], "FULLFORT");
    const rows = await database.db
      .select({
        status: mottaker.status,
        utfortKriterie: oppgave.utfortKriterie,
        antallMottakere: oppgave.antallMottakere,
        antallFullfort: oppgave.antallFullfort,
        fullfort: sql<boolean>`${fullfortSql}`,
        rank: rankSql,
      })
      .from(mottaker)
      .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId));
    const seen = new Set<string>();
    for (const row of rows) {
      expect(row.fullfort).toBe(erFullfort(row));
      expect(row.rank).toBe(erApen(row.status, row) ? 0 : 1);
      seen.add(`${row.utfortKriterie}/${row.status}/${row.fullfort}`);
    }
    // Every combination the rules distinguish occurs, so the comparison covers them all.
    expect([...seen].sort()).toEqual([
      "ALL/FULLFORT/false",
      "ALL/FULLFORT/true",
      "ALL/NY/false",
      "ANY/FULLFORT/true",
      "ANY/NY/false",
      "ANY/NY/true",
    ]);
  });
});

describe("the fullfort_tidspunkt trigger", () => {
  it("sets the time exactly on the oppgaver the domain rule calls done, whoever wrote the rows", async () => {
    const rows = await database.db
      .select({
        id: oppgave.id,
        utfortKriterie: oppgave.utfortKriterie,
        antallMottakere: oppgave.antallMottakere,
        antallFullfort: oppgave.antallFullfort,
        fullfortTidspunkt: oppgave.fullfortTidspunkt,
      })
      .from(oppgave);
    const done = rows.filter((row) => erFullfort(row));
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(rows.length);
    for (const row of rows) expect(row.fullfortTidspunkt !== null, row.id).toBe(erFullfort(row));
  });
});
