import { INTERNAL_TOKEN_HEADER, signInternalToken } from "@minkommune/auth";
import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import {
  integrasjon,
  kari,
  osloIntegrasjon,
  osloOppgave,
  trondheimIntegrasjon,
  trondheimOppgave,
} from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { gyldigOppgave, HENT_OPPGAVE, type HentData, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { countRows } from "./helpers/test-database.ts";

const t = useTestSubgraph({ seed: true });
let before: { oppgaver: number; mottakere: number };
beforeEach(async () => {
  before = await countRows(t.database.db);
});

/** Oslo's fiksOrgId, but a second integration of Oslo's that did not create the demo oppgaver. */
const annenOsloIntegrasjon = integrasjon(OSLO.fiksOrgId, { integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a0000099" });
/** Oslo's demo integration as it would be without the OPPGAVE privilege. */
const utenOppgavePrivilegium = integrasjon(OSLO.fiksOrgId, { privilegier: ["INNSYN_INDEX", "FAKTURA"] });

describe("opprettOppgave from the attacker's side", () => {
  const cases = [
    ["a signed-in citizen", kari, OSLO.fiksOrgId],
    ["Trondheim's integration acting for Oslo", trondheimIntegrasjon, OSLO.fiksOrgId],
    ["an integration without the OPPGAVE privilege", utenOppgavePrivilegium, OSLO.fiksOrgId],
  ] as const;

  it.each(cases)("%s gets FORBIDDEN and stores nothing", async (_name, principal, fiksOrgId) => {
    const result = await callSubgraph<OpprettData>(t.subgraph.url, principal, OPPRETT_OPPGAVE, {
      fiksOrgId,
      oppgave: gyldigOppgave(),
    });
    expect(result.data?.opprettOppgave ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it("is refused before the input is looked at, so bad input reveals nothing either", async () => {
    const result = await callSubgraph<OpprettData>(t.subgraph.url, kari, OPPRETT_OPPGAVE, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgave: { ...gyldigOppgave(), tittel: "" },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("Query.oppgave from the attacker's side", () => {
  const hent = (principal: Parameters<typeof callSubgraph>[1], fiksOrgId: string, oppgaveId: string) =>
    callSubgraph<HentData>(t.subgraph.url, principal, HENT_OPPGAVE, { fiksOrgId, oppgaveId });

  it("gives the creating integration its oppgave", async () => {
    const result = await hent(osloIntegrasjon, OSLO.fiksOrgId, osloOppgave(1));
    expect(result.data?.oppgave?.mottakere.map((m) => m.status)).toEqual(["NY", "FULLFORT"]);
  });

  it("gives another integration of the same municipality null, as if the oppgave did not exist", async () => {
    const result = await hent(annenOsloIntegrasjon, OSLO.fiksOrgId, osloOppgave(1));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ oppgave: null });
    const ukjent = await hent(annenOsloIntegrasjon, OSLO.fiksOrgId, "0a9e0000-0000-4000-8000-999999999999");
    expect(ukjent).toEqual(result);
  });

  it("gives Trondheim's integration null for Oslo's oppgave asked for under its own fiksOrgId", async () => {
    const result = await hent(trondheimIntegrasjon, TRONDHEIM.fiksOrgId, osloOppgave(1));
    expect(result.data).toEqual({ oppgave: null });
    const egen = await hent(trondheimIntegrasjon, TRONDHEIM.fiksOrgId, trondheimOppgave(1));
    expect(egen.data?.oppgave?.id).toBe(trondheimOppgave(1));
  });

  it("forbids Trondheim's integration to ask under Oslo's fiksOrgId", async () => {
    const result = await hent(trondheimIntegrasjon, OSLO.fiksOrgId, osloOppgave(1));
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.data?.oppgave ?? null).toBeNull();
  });

  it("forbids citizens and integrations without the OPPGAVE privilege", async () => {
    for (const principal of [kari, utenOppgavePrivilegium]) {
      const result = await hent(principal, OSLO.fiksOrgId, osloOppgave(1));
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(JSON.stringify(result)).not.toContain("skoledata");
    }
  });

  it("answers a malformed oppgaveId with BAD_USER_INPUT naming it", async () => {
    const result = await hent(osloIntegrasjon, OSLO.fiksOrgId, "ikke-en-uuid");
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "oppgaveId" });
  });
});

describe("calls that do not come from the gateway", () => {
  it("answer 401 without the internal token", async () => {
    const result = await callSubgraph(t.subgraph.url, null, OPPRETT_OPPGAVE, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgave: gyldigOppgave(),
    });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it("answer 401 to a token signed with another secret", async () => {
    const token = await signInternalToken(osloIntegrasjon, "a-different-secret-that-is-long-enough-0123");
    const response = await fetch(t.subgraph.url, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({
        query: HENT_OPPGAVE,
        variables: { fiksOrgId: OSLO.fiksOrgId, oppgaveId: osloOppgave(1) },
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("skoledata");
  });
});
