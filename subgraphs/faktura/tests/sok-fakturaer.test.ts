import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { fakturaId, innbyggerKey, integrasjon, jonas4, kari3, kari4, ola4 } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";

const t = useSeededSubgraph();

const SOK = /* GraphQL */ `
  query ($representations: [_Any!]!, $term: String!, $first: Int) {
    _entities(representations: $representations) {
      ... on Innbygger {
        sokFakturaer(term: $term, first: $first) {
          totalCount
          treffMedHoyereInnloggingsniva
          pageInfo { hasNextPage }
          nodes { id tittel }
        }
      }
    }
  }
`;
interface Treff {
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
  pageInfo: { hasNextPage: boolean };
  nodes: { id: string; tittel: string }[];
}
type Data = { _entities: [{ sokFakturaer: Treff } | null] };

/** Searches as `principal` in the invoices of the citizen whose key is `key` (their own by default). */
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
  return entity.sokFakturaer;
}

const ids = (result: Treff) => result.nodes.map((n) => n.id);
const nr = (...numbers: string[]) => numbers.map(fakturaId);

describe("Innbygger.sokFakturaer", () => {
  it("matches tittel in the order of the invoice list, ignoring case", async () => {
    const result = await treff(kari4, "sfo");
    expect(ids(result)).toEqual(nr("1009", "1007", "1006", "1008"));
    expect(result).toMatchObject({ totalCount: 4, treffMedHoyereInnloggingsniva: 0 });
  });

  it("matches fakturanummer, betalesTil and beskrivelse", async () => {
    expect(ids(await treff(kari4, "3010260103"))).toEqual(nr("1003"));
    expect((await treff(kari4, "Trondheim")).totalCount).toBe(4);
    expect(ids(await treff(kari4, "inkasso"))).toEqual(nr("1007"));
  });

  it("requires every word and takes LIKE wildcards literally", async () => {
    expect(ids(await treff(kari4, "sfo mars"))).toEqual(nr("1007"));
    expect((await treff(kari4, "sfo eiendomsskatt")).totalCount).toBe(0);
    expect((await treff(kari4, "%")).totalCount).toBe(0);
  });

  it("pages with first and counts every match", async () => {
    const result = await treff(kari4, "sfo", 2);
    expect(ids(result)).toEqual(nr("1009", "1007"));
    expect(result.pageInfo.hasNextPage).toBe(true);
    expect(result.totalCount).toBe(4);
  });

  it("filters by login level as the list does, counting what a higher level would show", async () => {
    expect(ids(await treff(kari4, "egenandel"))).toEqual(nr("1005"));
    expect(await treff(kari3, "egenandel")).toMatchObject({
      nodes: [],
      totalCount: 0,
      treffMedHoyereInnloggingsniva: 1,
    });
  });

  it("never finds another citizen's invoice, and finds a property's only for those holding it", async () => {
    // Ola's home-care invoice.
    expect((await treff(kari4, "helsetjenester")).totalCount).toBe(0);
    expect((await treff(ola4, "helsetjenester")).totalCount).toBe(1);
    // The property tax of Ingrid's and Jonas's house, through the Tilgangskilde.
    expect(ids(await treff(jonas4, "eiendomsskatt"))).toEqual(nr("3001"));
    expect(ids(await treff(kari4, "eiendomsskatt"))).toEqual(nr("1003"));
  });

  it("resolves another citizen's Innbygger key to null, and refuses integrations", async () => {
    expect((await sok(kari4, "helsetjenester", undefined, innbyggerKey(ola4))).data?._entities).toEqual([null]);
    const result = await callSubgraph<Data>(t.subgraph.url, integrasjon, SOK, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }],
      term: "sfo",
    });
    expect(result.data?._entities).toEqual([null]);
  });

  it.each([
    ["an empty term", "", undefined, "term"],
    ["a blank term", "   ", undefined, "term"],
    ["a term of 201 characters", "a".repeat(201), undefined, "term"],
    ["first 0", "sfo", 0, "first"],
    ["first 101", "sfo", 101, "first"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_name, term, first, field) => {
    const result = await sok(kari4, term, first);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("reads the search from the citizen's own exposures", async () => {
    t.database.queries.length = 0;
    await treff(kari4, "sfo");
    const sql = t.database.queries.filter((q) => q.includes("ilike"));
    expect(sql).toHaveLength(2);
    for (const query of sql) expect(query).toMatch(/"faktura"\."eksponert_for" = \$\d+/);
  });
});
