import { INGRID, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { osloIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { gyldigOppgave, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { synthetiskePersonIder } from "./helpers/person-ids.ts";
import { countRows } from "./helpers/test-database.ts";

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
    ["a date that does not exist", { frist: "2026-02-30" }, "oppgave.frist"],
    ["a date in another format", { frist: "01.09.2026" }, "oppgave.frist"],
    ["no recipients", { mottakere: { personIdList: [] } }, "oppgave.mottakere.personIdList"],
    [
      "an invalid person id",
      { mottakere: { personIdList: [KARI.pid, OLA.pid, INGRID.pid, ugyldigPid] } },
      "oppgave.mottakere.personIdList[3]",
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
