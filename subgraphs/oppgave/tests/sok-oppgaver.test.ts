import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { ingrid, innbyggerKey, kari, ola, osloIntegrasjon, osloOppgave, trondheimOppgave } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";

const t = useTestSubgraph({ seed: true });

const SOK = /* GraphQL */ `
  query ($representations: [_Any!]!, $term: String!, $first: Int) {
    _entities(representations: $representations) {
      ... on Innbygger {
        sokOppgaver(term: $term, first: $first) {
          totalCount
          pageInfo { hasNextPage }
          nodes { id tittel status }
        }
      }
    }
  }
`;
type Treff = { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: { id: string; tittel: string }[] };
type Data = { _entities: [{ sokOppgaver: Treff } | null] };

/** Searches as `principal` in the tasks of the citizen whose key is `key` (their own by default). */
function sok(principal: Principal, term: string, first?: number, key = innbyggerKey(principal)) {
  return callSubgraph<Data>(t.subgraph.url, principal, SOK, {
    representations: [{ __typename: "Innbygger", id: key }],
    term,
    first,
  });
}

async function treff(principal: Principal, term: string, first?: number): Promise<Treff> {
  const result = await sok(principal, term, first);
  expect(result.errors).toBeUndefined();
  const entity = result.data?._entities[0];
  if (!entity) throw new Error("no Innbygger");
  return entity.sokOppgaver;
}

describe("Innbygger.sokOppgaver", () => {
  it("finds the citizen's tasks containing the word in tittel or beskrivelse, in list order, ignoring case", async () => {
    const result = await treff(kari, "BEKREFT");
    expect(result.nodes.map((n) => n.id)).toEqual([osloOppgave(2), trondheimOppgave(2), trondheimOppgave(4)]);
    expect(result.totalCount).toBe(3);
    // A word only in the beskrivelse ("lønnsslipper" in Oslo's bostøtte task).
    expect((await treff(kari, "lønnsslipp")).nodes.map((n) => n.id)).toEqual([osloOppgave(3)]);
  });

  it("requires every word to match", async () => {
    expect((await treff(kari, "bekreft sfo")).nodes.map((n) => n.id)).toEqual([osloOppgave(2)]);
    expect((await treff(kari, "bekreft vaksinasjon")).totalCount).toBe(0);
  });

  it("pages with first and counts every match", async () => {
    const result = await treff(kari, "bekreft", 2);
    expect(result.nodes).toHaveLength(2);
    expect(result.pageInfo.hasNextPage).toBe(true);
    expect(result.totalCount).toBe(3);
  });

  it("takes LIKE wildcards literally", async () => {
    expect((await treff(kari, "%")).totalCount).toBe(0);
    expect((await treff(kari, "_")).totalCount).toBe(0);
  });

  it("never finds another citizen's task, even one matching the term exactly", async () => {
    // Oslo's vaccination task is Ingrid's alone.
    expect((await treff(ingrid, "vaksinasjon")).nodes.map((n) => n.id)).toEqual([osloOppgave(6)]);
    expect((await treff(kari, "vaksinasjon")).totalCount).toBe(0);
    // A shared task is found by each of its recipients.
    expect((await treff(ola, "samtykke")).nodes.map((n) => n.id)).toContain(osloOppgave(1));
  });

  it("resolves another citizen's Innbygger key to null, and refuses integrations", async () => {
    const result = await sok(kari, "vaksinasjon", undefined, innbyggerKey(ingrid));
    expect(result.data?._entities).toEqual([null]);
    const integrasjon = await callSubgraph<Data>(t.subgraph.url, osloIntegrasjon, SOK, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(kari) }],
      term: "bekreft",
    });
    expect(integrasjon.data?._entities).toEqual([null]);
  });

  it.each([
    ["an empty term", "", undefined, "term"],
    ["a blank term", "   ", undefined, "term"],
    ["a term of 201 characters", "a".repeat(201), undefined, "term"],
    ["first 0", "bekreft", 0, "first"],
    ["first 101", "bekreft", 101, "first"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_name, term, first, field) => {
    const result = await sok(kari, term, first);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(JSON.stringify(result.errors)).not.toContain(term.trim() || "\u0000");
  });

  it("reads the search from the citizen's own recipient rows", async () => {
    await treff(kari, "bekreft");
    const sql = t.database.queries.filter((q) => q.includes("ilike"));
    expect(sql.length).toBeGreaterThan(0);
    for (const query of sql)
      expect(query).toMatch(/from "oppgave"\."mottaker" .* where \("oppgave"\."mottaker"\."person_id" = \$\d+ and/s);
  });
});
