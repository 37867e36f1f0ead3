import { DEMO_INTEGRASJONER, KARI, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mottaker, oppgave } from "../src/db/schema.ts";
import { seedDemo } from "../src/seed.ts";
import { osloOppgave, SEED_DAY } from "./helpers/demo.ts";
import { type CountingDatabase, countRows, openCountingDatabase } from "./helpers/test-database.ts";

let database: CountingDatabase;

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db, SEED_DAY);
});
afterAll(async () => {
  await database?.close();
});

describe("seedDemo", () => {
  it.each([OSLO, TRONDHEIM])("gives $navn the demo situations, created by its demo integration", async (kommune) => {
    const rows = await database.db.select().from(oppgave).where(eq(oppgave.fiksOrgId, kommune.fiksOrgId));
    const integrasjon = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === kommune.fiksOrgId);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.integrasjonId))).toEqual(new Set([integrasjon?.integrasjonId]));
    expect(new Set(rows.map((r) => r.utfortKriterie))).toEqual(new Set(["ANY", "ALL"]));
    expect(rows.some((r) => r.frist === null)).toBe(true);
    expect(rows.some((r) => r.frist !== null && r.frist < SEED_DAY && r.antallFullfort === 0)).toBe(true);
    expect(rows.some((r) => r.antallFullfort === r.antallMottakere)).toBe(true);
    expect(rows.every((r) => r.url.startsWith("https://"))).toBe(true);

    const delt = rows.filter((r) => r.antallMottakere === 2);
    expect(delt).toHaveLength(1);
    expect(delt[0]).toMatchObject({ utfortKriterie: "ALL", antallFullfort: 1 });
    const statuser = await database.db
      .select()
      .from(mottaker)
      .where(eq(mottaker.oppgaveId, delt[0]?.id ?? ""));
    expect(Object.fromEntries(statuser.map((m) => [m.personId, m.status]))).toEqual({
      [KARI.pid]: "FULLFORT",
      [OLA.pid]: "NY",
    });
  });

  it("can run on every start: a second run adds nothing and keeps what changed since", async () => {
    const counts = await countRows(database.db);
    const ny = and(eq(mottaker.oppgaveId, osloOppgave(2)), eq(mottaker.personId, KARI.pid));
    await database.db.update(mottaker).set({ status: "FULLFORT" }).where(ny);

    await seedDemo(database.db, "2027-01-01");

    expect(await countRows(database.db)).toEqual(counts);
    const [rad] = await database.db.select().from(mottaker).where(ny);
    expect(rad?.status).toBe("FULLFORT");
    const [oppgave2] = await database.db
      .select()
      .from(oppgave)
      .where(eq(oppgave.id, osloOppgave(2)));
    expect(oppgave2).toMatchObject({ frist: "2026-06-22", antallMottakere: 1, antallFullfort: 1 });
  });
});
