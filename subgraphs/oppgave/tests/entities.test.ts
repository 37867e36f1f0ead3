import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { ingrid, innbyggerKey, kari, ola, osloIntegrasjon, osloOppgave, trondheimOppgave } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";

const OPPGAVE_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Oppgave {
        id tittel beskrivelse handling url frist utfortKriterie sprak status fullfort
        kommune { fiksOrgId }
      }
    }
  }
`;
const INNBYGGER_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Innbygger { id oppgaver { totalCount nodes { id } } }
    }
  }
`;

const oppgaveRef = (id: string) => ({ __typename: "Oppgave", id });
const innbyggerRef = (id: string) => ({ __typename: "Innbygger", id });
type Entities = { _entities: (Record<string, unknown> | null)[] };

const t = useTestSubgraph({ seed: true });

describe("_entities: Innbygger", () => {
  it("resolves the caller's own key with their oppgaver", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, ola, INNBYGGER_ENTITIES, {
      representations: [innbyggerRef(innbyggerKey(ola))],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: innbyggerKey(ola),
        oppgaver: { totalCount: 2, nodes: [{ id: trondheimOppgave(1) }, { id: osloOppgave(1) }] },
      },
    ]);
  });

  it("resolves another citizen's key to null, without touching the database", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, ola, INNBYGGER_ENTITIES, {
      representations: [innbyggerRef(innbyggerKey(kari)), innbyggerRef(innbyggerKey(ola))],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, expect.objectContaining({ id: innbyggerKey(ola) })]);
    // Ola's own list costs two queries (page and count); Kari's key costs none.
    expect(t.database.queries).toHaveLength(2);
  });

  it("gives an integration no citizen at all", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, osloIntegrasjon, INNBYGGER_ENTITIES, {
      representations: [innbyggerRef(innbyggerKey(kari)), innbyggerRef(innbyggerKey(ola))],
    });
    expect(result.data?._entities).toEqual([null, null]);
    expect(t.database.queries).toHaveLength(0);
  });
});

describe("_entities: Oppgave", () => {
  it("resolves the citizen's own oppgaver with their own status and the overall state", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari, OPPGAVE_ENTITIES, {
      representations: [oppgaveRef(osloOppgave(1)), oppgaveRef(trondheimOppgave(5))],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: osloOppgave(1),
        tittel: "Gi samtykke til deling av skoledata",
        beskrivelse: expect.stringContaining("samtykke"),
        handling: "Gi samtykke",
        url: "https://www.oslo.kommune.no/skole-og-utdanning/samtykke/",
        frist: "2026-06-29",
        utfortKriterie: "ALL",
        sprak: "nb",
        status: "FULLFORT",
        fullfort: false,
        kommune: { fiksOrgId: OSLO.fiksOrgId },
      },
      expect.objectContaining({
        id: trondheimOppgave(5),
        frist: null,
        sprak: "nn",
        status: "NY",
        kommune: { fiksOrgId: TRONDHEIM.fiksOrgId },
      }),
    ]);
  });

  it("shows each recipient of a shared oppgave their own status", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, ola, OPPGAVE_ENTITIES, {
      representations: [oppgaveRef(osloOppgave(1))],
    });
    expect(result.data?._entities).toEqual([
      expect.objectContaining({ id: osloOppgave(1), status: "NY", fullfort: false }),
    ]);
  });

  it("resolves another citizen's oppgave to null", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, ingrid, OPPGAVE_ENTITIES, {
      representations: [oppgaveRef(osloOppgave(2)), oppgaveRef(osloOppgave(6)), oppgaveRef(trondheimOppgave(1))],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, expect.objectContaining({ id: osloOppgave(6) }), null]);
  });

  it("resolves unknown and malformed ids to null instead of failing", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari, OPPGAVE_ENTITIES, {
      representations: [oppgaveRef("0a9e0000-0000-4000-8000-999999999999"), oppgaveRef("ikke-en-uuid")],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, null]);
  });

  it("accepts an id in upper case", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari, OPPGAVE_ENTITIES, {
      representations: [oppgaveRef(osloOppgave(2).toUpperCase())],
    });
    expect(result.data?._entities).toEqual([expect.objectContaining({ id: osloOppgave(2) })]);
  });

  it("gives an integration no citizen's oppgave through a reference, without a query", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, osloIntegrasjon, OPPGAVE_ENTITIES, {
      representations: [oppgaveRef(osloOppgave(1)), oppgaveRef(osloOppgave(2))],
    });
    expect(result.data?._entities).toEqual([null, null]);
    expect(t.database.queries).toHaveLength(0);
  });
});
