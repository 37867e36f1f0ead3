import { INGRID, KARI, OLA, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { osloIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { gyldigOppgave, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { countRows } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";

const t = useTestSubgraph({ seed: false });
let before: { oppgaver: number; mottakere: number };
beforeEach(async () => {
  before = await countRows(t.database.db);
});

const opprett = (oppgave: Record<string, unknown>, fiksOrgId = OSLO.fiksOrgId) =>
  callSubgraph<OpprettData>(t.subgraph.url, osloIntegrasjon, OPPRETT_OPPGAVE, { fiksOrgId, oppgave });

describe("opprettOppgave refuses bad input, names the field and stores nothing", () => {
  const ugyldigPid = "12858510049"; // Kari's number with a wrong control digit
  const cases: [string, Record<string, unknown>, string][] = [
    ["an empty tittel", { tittel: "   " }, "oppgave.tittel"],
    ["a tittel over 200 characters", { tittel: "x".repeat(201) }, "oppgave.tittel"],
    ["an empty beskrivelse", { beskrivelse: "" }, "oppgave.beskrivelse"],
    ["a beskrivelse over 2000 characters", { beskrivelse: "x".repeat(2001) }, "oppgave.beskrivelse"],
    ["an empty handling", { handling: " " }, "oppgave.handling"],
    ["a handling over 50 characters", { handling: "x".repeat(51) }, "oppgave.handling"],
    ["a relative url", { url: "/skole/samtykke" }, "oppgave.url"],
    ["a plain http url", { url: "http://www.oslo.kommune.no/" }, "oppgave.url"],
    ["a javascript url", { url: "javascript:alert(1)" }, "oppgave.url"],
    ["a data url", { url: "data:text/html,<script>alert(1)</script>" }, "oppgave.url"],
    ["an url without scheme", { url: "www.oslo.kommune.no/samtykke" }, "oppgave.url"],
    ["an empty url", { url: "" }, "oppgave.url"],
    ["a date that does not exist", { frist: "2026-02-30" }, "oppgave.frist"],
    ["a date in another format", { frist: "01.09.2026" }, "oppgave.frist"],
    ["a 29 February outside a leap year", { frist: "2027-02-29" }, "oppgave.frist"],
    ["a tittel of only whitespace", { tittel: "\n\t " }, "oppgave.tittel"],
    ["a handling of only whitespace", { handling: "   " }, "oppgave.handling"],
    ["a beskrivelse of only whitespace", { beskrivelse: "\n" }, "oppgave.beskrivelse"],
    ["no recipients", { mottakere: { personIdList: [] } }, "oppgave.mottakere.personIdList"],
    [
      "an invalid person id",
      { mottakere: { personIdList: [KARI.pid, OLA.pid, INGRID.pid, ugyldigPid] } },
      "oppgave.mottakere.personIdList[3]",
    ],
    [
      "a person id whose first control digit fails even the 2032 rule",
      { mottakere: { personIdList: [KARI.pid, "01819012357"] } },
      "oppgave.mottakere.personIdList[1]",
    ],
    [
      "a person id with an impossible month",
      { mottakere: { personIdList: ["31139956715"] } },
      "oppgave.mottakere.personIdList[0]",
    ],
    [
      "a person id that is not 11 digits",
      { mottakere: { personIdList: ["1285851004"] } },
      "oppgave.mottakere.personIdList[0]",
    ],
    [
      "more than 10 000 recipients",
      { mottakere: { personIdList: synthetiskePersonIder(10_001) } },
      "oppgave.mottakere.personIdList",
    ],
    [
      "a negative reminder interval",
      { varsling: { purringIntervallDager: -1 } },
      "oppgave.varsling.purringIntervallDager",
    ],
    [
      "purringIntervallDager above a year",
      { varsling: { purringIntervallDager: 2_147_483_647 } },
      "oppgave.varsling.purringIntervallDager",
    ],
    ["metadata over 10 000 characters", { metadata: "x".repeat(10_001) }, "oppgave.metadata"],
  ];

  it.each(cases)("%s", async (_name, endring, field) => {
    const result = await opprett({ ...gyldigOppgave(), ...endring });
    expect(result.data?.opprettOppgave ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(JSON.stringify(result)).not.toContain(ugyldigPid);
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it("never sends a person id back, even when the client sends it with the wrong type", async () => {
    const mutation = /* GraphQL */ `
      mutation {
        opprettOppgave(
          fiksOrgId: "${OSLO.fiksOrgId}"
          oppgave: {
            tittel: "T", beskrivelse: "B", handling: "H", url: "https://example.com/",
            utfortKriterie: ANY, mottakere: { personIdList: [${KARI.pid}] }
          }
        ) { id }
      }
    `;
    const result = await callSubgraph(t.subgraph.url, osloIntegrasjon, mutation);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain(KARI.pid);
    const asVariable = await opprett({ ...gyldigOppgave(), mottakere: { personIdList: [Number(OLA.pid)] } });
    expect(asVariable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(asVariable)).not.toContain(OLA.pid);
    expect(await countRows(t.database.db)).toEqual(before);
  });
});

describe("opprettOppgave refuses ids and enum values of the wrong form", () => {
  it("answers a malformed fiksOrgId with BAD_USER_INPUT naming it", async () => {
    for (const fiksOrgId of ["ikke-en-uuid", "", `${OSLO.fiksOrgId}0`]) {
      const result = await opprett(gyldigOppgave(), fiksOrgId);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fiksOrgId" });
    }
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it.each([
    ["utfortKriterie", { utfortKriterie: "SOME" }],
    ["sprak", { sprak: "de" }],
  ])("answers a %s outside its enum with BAD_USER_INPUT naming it", async (felt, endring) => {
    const result = await opprett({ ...gyldigOppgave(), ...endring });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain(felt);
    expect(await countRows(t.database.db)).toEqual(before);
  });
});

describe("opprettOppgave accepts every valid kind of person id", () => {
  it.each([
    ["a synthetic test number (month + 80)", "12858510048"],
    ["a D-nummer (day + 40)", "44828210006"],
    ["a number under the control-digit rule that applies from 2032", "01819012381"],
  ])("%s", async (_navn, personId) => {
    const result = await opprett({ ...gyldigOppgave(), mottakere: { personIdList: [personId] } });
    expect(result.errors).toBeUndefined();
    expect(await countRows(t.database.db)).toEqual({ oppgaver: before.oppgaver + 1, mottakere: before.mottakere + 1 });
  });
});

describe("http urls to localhost", () => {
  const lokal = "http://localhost:3000/oppgave";

  it("are accepted when running locally", async () => {
    const result = await opprett({ ...gyldigOppgave(), url: lokal });
    expect(result.errors).toBeUndefined();
  });

  it("are refused in production (APP_ENV=production), storing nothing", async () => {
    const produksjon = await serveTestSubgraph(t.database.db, { production: true });
    try {
      for (const url of [lokal, "http://127.0.0.1:8080/"]) {
        const result = await callSubgraph<OpprettData>(produksjon.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
          fiksOrgId: OSLO.fiksOrgId,
          oppgave: { ...gyldigOppgave(), url },
        });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "oppgave.url" });
      }
      expect(await countRows(t.database.db)).toEqual(before);
      const https = await callSubgraph<OpprettData>(produksjon.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
        fiksOrgId: OSLO.fiksOrgId,
        oppgave: gyldigOppgave(),
      });
      expect(https.errors).toBeUndefined();
    } finally {
      await produksjon.close();
    }
  });
});
