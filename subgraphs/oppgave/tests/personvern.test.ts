import type { Principal } from "@minkommune/auth";
import { INGRID, JONAS, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { ingrid, innbyggerKey, kari, ola, osloOppgave } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { HENT_OPPGAVE } from "./helpers/operations.ts";

const t = useTestSubgraph({ seed: true });
const ALLE_PERSONER = [KARI.pid, OLA.pid, INGRID.pid, JONAS.pid];

const ALT_OM_OPPGAVEN = /* GraphQL */ `
  id tittel beskrivelse handling url frist utfortKriterie sprak status fullfort
  fullfortTidspunkt fullfortAvAnnenMottaker kommune { fiksOrgId }
`;
const ENTITETER = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Oppgave { ${ALT_OM_OPPGAVEN} }
      ... on Innbygger { oppgaver(first: 100) { totalCount nodes { ${ALT_OM_OPPGAVEN} } } }
    }
  }
`;
type Node = { id: string; fullfortAvAnnenMottaker: string | null; [felt: string]: unknown };
type Entiteter = { _entities: (Node | { oppgaver: { totalCount: number; nodes: Node[] } } | null)[] };

const entiteter = (principal: Principal, representations: Record<string, string>[]) =>
  callSubgraph<Entiteter>(t.subgraph.url, principal, ENTITETER, { representations });

/** Everything a citizen can ask about themself and one oppgave, in one response. */
const altSomInnbygger = (principal: Principal, oppgaveId: string) =>
  entiteter(principal, [
    { __typename: "Oppgave", id: oppgaveId },
    { __typename: "Innbygger", id: innbyggerKey(principal) },
  ]);

describe("a recipient of a shared oppgave", () => {
  it("sees that another recipient completed it and when, never who, anywhere in the response", async () => {
    // Oslo 1 is shared by Kari (completed) and Ola (not yet).
    const result = await altSomInnbygger(ola, osloOppgave(1));
    expect(result.errors).toBeUndefined();
    const [oppgave, meg] = result.data?._entities ?? [];
    expect(oppgave).toMatchObject({ id: osloOppgave(1), status: "NY", fullfort: false });
    expect((oppgave as Node).fullfortAvAnnenMottaker).toMatch(/Z$/);
    const iListen = (meg as { oppgaver: { nodes: Node[] } }).oppgaver.nodes.find((n) => n.id === osloOppgave(1));
    expect(iListen?.fullfortAvAnnenMottaker).toBe((oppgave as Node).fullfortAvAnnenMottaker);

    const tekst = JSON.stringify(result);
    for (const pid of ALLE_PERSONER) expect(tekst).not.toContain(pid);
  });

  it("sees no completion by another when the others have not completed", async () => {
    const result = await altSomInnbygger(kari, osloOppgave(1));
    const [oppgave] = result.data?._entities ?? [];
    expect(oppgave).toMatchObject({ status: "FULLFORT", fullfortAvAnnenMottaker: null });
    const tekst = JSON.stringify(result);
    for (const pid of ALLE_PERSONER) expect(tekst).not.toContain(pid);
  });
});

describe("a citizen who is not a recipient", () => {
  it("gets null for the oppgave and does not find it in their list", async () => {
    const result = await altSomInnbygger(ingrid, osloOppgave(1));
    expect(result.errors).toBeUndefined();
    const [oppgave, meg] = result.data?._entities ?? [];
    expect(oppgave).toBeNull();
    const ids = (meg as { oppgaver: { nodes: Node[] } }).oppgaver.nodes.map((n) => n.id);
    expect(ids).not.toContain(osloOppgave(1));
    expect(ids.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain("skoledata");
  });

  it("gets the same null for an oppgave that exists for others as for a guessed id", async () => {
    const finnes = await entiteter(ingrid, [{ __typename: "Oppgave", id: osloOppgave(1) }]);
    const gjettet = await entiteter(ingrid, [{ __typename: "Oppgave", id: "3f6d2a1c-9b7e-4c1a-8f2d-5e4b3a2c1d0e" }]);
    expect(finnes).toEqual(gjettet);
    expect(finnes.data?._entities).toEqual([null]);
  });

  it("cannot read or change it through the integration operations", async () => {
    const result = await callSubgraph(t.subgraph.url, ingrid, HENT_OPPGAVE, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgaveId: osloOppgave(1),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tekst = JSON.stringify(result);
    for (const pid of ALLE_PERSONER) expect(tekst).not.toContain(pid);
  });
});
