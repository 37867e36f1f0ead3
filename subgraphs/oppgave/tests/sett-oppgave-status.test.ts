import { INGRID, KARI, OLA, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { oppdaterStatusSql } from "../src/db/integrasjon-oppgaver.ts";
import { mottaker } from "../src/db/schema.ts";
import { osloIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import {
  gyldigOppgave,
  HENT_TILSTAND,
  OPPRETT_OPPGAVE,
  type OpprettData,
  SETT_STATUS,
  type SettStatusData,
  type TilstandData,
} from "./helpers/operations.ts";

const t = useTestSubgraph({ seed: false });

async function opprett(personIdList: string[], utfortKriterie: "ANY" | "ALL" = "ALL"): Promise<string> {
  const result = await callSubgraph<OpprettData>(t.subgraph.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
    fiksOrgId: OSLO.fiksOrgId,
    oppgave: { ...gyldigOppgave(), utfortKriterie, mottakere: { personIdList } },
  });
  const id = result.data?.opprettOppgave?.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

const sett = (oppgaveId: string, personId: string, status: "NY" | "FULLFORT") =>
  callSubgraph<SettStatusData>(t.subgraph.url, osloIntegrasjon, SETT_STATUS, {
    fiksOrgId: OSLO.fiksOrgId,
    oppgaveId,
    status: { personId, status },
  });

const hent = async (oppgaveId: string) =>
  (
    await callSubgraph<TilstandData>(t.subgraph.url, osloIntegrasjon, HENT_TILSTAND, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgaveId,
    })
  ).data?.oppgave;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const MOTTAKER = /* GraphQL */ `
  query ($fiksOrgId: UUID!, $oppgaveId: UUID!, $personId: String!) {
    oppgave(fiksOrgId: $fiksOrgId, oppgaveId: $oppgaveId) { mottaker(personId: $personId) { personId status } }
  }
`;

describe("OppgaveForIntegrasjon.mottaker", () => {
  const mottakerSvar = (oppgaveId: string, personId: string) =>
    callSubgraph<{ oppgave: { mottaker: { personId: string; status: string } | null } | null }>(
      t.subgraph.url,
      osloIntegrasjon,
      MOTTAKER,
      { fiksOrgId: OSLO.fiksOrgId, oppgaveId, personId },
    );

  it("reads one recipient, null for a person who is not one, and names personId for an invalid number", async () => {
    const oppgaveId = await opprett([KARI.pid, OLA.pid]);
    await sett(oppgaveId, OLA.pid, "FULLFORT");
    expect((await mottakerSvar(oppgaveId, OLA.pid)).data?.oppgave?.mottaker).toEqual({
      personId: OLA.pid,
      status: "FULLFORT",
    });
    expect((await mottakerSvar(oppgaveId, INGRID.pid)).data?.oppgave?.mottaker).toBeNull();
    const ugyldig = await mottakerSvar(oppgaveId, "12345678901");
    expect(ugyldig.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "personId" });
    expect(JSON.stringify(ugyldig.errors)).not.toContain("12345678901");
  });
});

describe("settOppgaveStatus", () => {
  it("sets one recipient's status and answers with the oppgave's new state", async () => {
    const id = await opprett([KARI.pid, OLA.pid]);
    const for_ = await hent(id);
    await pause(5);
    const result = await sett(id, KARI.pid, "FULLFORT");
    expect(result.errors).toBeUndefined();
    const etter = result.data?.settOppgaveStatus;
    expect(etter).toMatchObject({ id, fullfort: false, fullfortTidspunkt: null, opprettet: for_?.opprettet });
    const kari = etter?.mottakere.find((m) => m.personId === KARI.pid);
    const ola = etter?.mottakere.find((m) => m.personId === OLA.pid);
    expect(kari?.status).toBe("FULLFORT");
    expect(Date.parse(kari?.statusEndret ?? "")).toBeGreaterThan(Date.parse(for_?.mottakere[0]?.statusEndret ?? ""));
    expect(ola).toEqual(for_?.mottakere.find((m) => m.personId === OLA.pid));
    expect(Date.parse(etter?.endret ?? "")).toBeGreaterThan(Date.parse(for_?.endret ?? ""));
    expect(await hent(id)).toEqual(etter);
  });

  it("treats setting the status a recipient already has as a successful no-op", async () => {
    const id = await opprett([KARI.pid, OLA.pid]);
    const forste = await sett(id, KARI.pid, "FULLFORT");
    await pause(5);
    const igjen = await sett(id, KARI.pid, "FULLFORT");
    expect(igjen.errors).toBeUndefined();
    expect(igjen.data).toEqual(forste.data);
    const ny = await sett(id, OLA.pid, "NY");
    expect(ny.errors).toBeUndefined();
    expect(ny.data).toEqual(forste.data);
  });

  it("accepts the ids in upper case and the person id with surrounding space", async () => {
    const id = await opprett([KARI.pid]);
    const result = await callSubgraph<SettStatusData>(t.subgraph.url, osloIntegrasjon, SETT_STATUS, {
      fiksOrgId: OSLO.fiksOrgId.toUpperCase(),
      oppgaveId: id.toUpperCase(),
      status: { personId: ` ${KARI.pid} `, status: "FULLFORT" },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.settOppgaveStatus?.fullfort).toBe(true);
  });

  it("answers NOT_FOUND for a person who is not a recipient, changing nothing", async () => {
    const id = await opprett([KARI.pid, OLA.pid]);
    const for_ = await hent(id);
    const result = await sett(id, INGRID.pid, "FULLFORT");
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(result)).not.toContain(INGRID.pid);
    expect(await hent(id)).toEqual(for_);
  });

  it.each([
    ["a wrong control digit", "12858510049"],
    ["ten digits", "1285851004"],
    ["letters", "1285851004x"],
    ["nothing", ""],
  ])("refuses a person id with %s as BAD_USER_INPUT on status.personId without echoing it", async (_navn, personId) => {
    const id = await opprett([KARI.pid]);
    const result = await sett(id, personId, "FULLFORT");
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status.personId" });
    if (personId) expect(JSON.stringify(result)).not.toContain(personId);
  });

  it.each([
    ["fiksOrgId", { fiksOrgId: "ikke-en-uuid" }],
    ["oppgaveId", { oppgaveId: "0a9e0000-0000-4000-8000" }],
  ])("refuses a malformed %s as BAD_USER_INPUT naming it", async (field, endring) => {
    const id = await opprett([KARI.pid]);
    const result = await callSubgraph<SettStatusData>(t.subgraph.url, osloIntegrasjon, SETT_STATUS, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgaveId: id,
      status: { personId: KARI.pid, status: "FULLFORT" },
      ...endring,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect((await hent(id))?.mottakere[0]?.status).toBe("NY");
  });

  it("refuses a status outside the enum before anything runs", async () => {
    const id = await opprett([KARI.pid]);
    const result = await sett(id, KARI.pid, "FERDIG" as "NY");
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("status");
    expect((await hent(id))?.mottakere[0]?.status).toBe("NY");
  });
});

describe("settOppgaveStatus costs the same for 2 and 10 000 recipients", () => {
  it("runs the same statements, one single-row UPDATE by primary key", async () => {
    const liten = await opprett([KARI.pid, OLA.pid]);
    const personIds = synthetiskePersonIder(10_000);
    const stor = await opprett(personIds);

    const statements = async (id: string, personId: string) => {
      t.database.queries.length = 0;
      const result = await sett(id, personId, "FULLFORT");
      expect(result.errors).toBeUndefined();
      return [...t.database.queries];
    };
    // The mutation's own statements; the answer's mottakere list is read separately.
    const lite = (await statements(liten, OLA.pid)).filter((q) => !q.includes("order by"));
    const stort = (await statements(stor, personIds[5000] ?? "")).filter((q) => !q.includes("order by"));
    expect(stort).toEqual(lite);
    expect(lite.filter((q) => q.startsWith("update"))).toHaveLength(1);

    const [row] = await t.database.db
      .select({ status: mottaker.status })
      .from(mottaker)
      .where(sql`${mottaker.oppgaveId} = ${stor} and ${mottaker.personId} = ${personIds[5000]}`);
    expect(row?.status).toBe("FULLFORT");
    const fullfort = await t.database.db.$count(
      mottaker,
      and(inArray(mottaker.oppgaveId, [liten, stor]), eq(mottaker.status, "FULLFORT")),
    );
    expect(fullfort).toBe(2);
  });

  it("lets the planner find the recipient through an index on both key columns, not a scan", async () => {
    await t.database.db.execute(sql`analyze ${mottaker}`);
    const update = oppdaterStatusSql(
      t.database.db,
      osloIntegrasjon,
      "0a9e0000-0000-4000-8000-000000000001",
      KARI.pid,
      "FULLFORT",
    );
    const plan = await t.database.db.execute(sql`explain ${update.getSQL()}`);
    // postgres-js returns the rows as an array, PGlite as { rows }.
    const rows = (Array.isArray(plan) ? plan : (plan as { rows: unknown[] }).rows) as Record<string, string>[];
    const tekst = rows.map((row) => Object.values(row).join("")).join("\n");
    expect(tekst).toMatch(/Index (Only )?Scan using \w+ on mottaker/);
    expect(tekst).toMatch(/Index Cond: .*person_id = .*oppgave_id = |Index Cond: .*oppgave_id = .*person_id = /);
    expect(tekst).not.toMatch(/Seq Scan on mottaker/);
  });
});
