import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { fakturaId, innbyggerKey, integrasjon, kari3, kari4, ola4 } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";

const FAKTURA_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Faktura {
        id tittel status belop gebyr renter totalbelop utestaendeBelop kanBetales kontonummer kid
        kommune { fiksOrgId }
      }
    }
  }
`;
const INNBYGGER_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Innbygger { id fakturaer { totalCount } fakturaOversikt { antallUbetalte } }
    }
  }
`;

const fakturaRef = (id: string) => ({ __typename: "Faktura", id });
type Entities = { _entities: (Record<string, unknown> | null)[] };

const t = useSeededSubgraph();

beforeEach(() => {
  t.database.queries.length = 0;
});

describe("_entities: Innbygger", () => {
  it("resolves the caller's own key with its invoice fields", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari4, INNBYGGER_ENTITIES, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: innbyggerKey(kari4), fakturaer: { totalCount: 9 }, fakturaOversikt: { antallUbetalte: 7 } },
    ]);
  });

  it("resolves another citizen's key to null, without touching the database", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, ola4, INNBYGGER_ENTITIES, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null]);
    expect(t.database.queries).toHaveLength(0);
  });

  it("gives an integration nothing of any citizen", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, integrasjon, INNBYGGER_ENTITIES, {
      representations: [
        { __typename: "Innbygger", id: innbyggerKey(kari4) },
        { __typename: "Innbygger", id: innbyggerKey(ola4) },
      ],
    });
    expect(result.data?._entities).toEqual([null, null]);
    expect(t.database.queries).toHaveLength(0);
  });
});

describe("_entities: Faktura", () => {
  it("resolves the citizen's own invoice with derived amounts and its kommune", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari4, FAKTURA_ENTITIES, {
      representations: [fakturaRef(fakturaId("1003")), fakturaRef(fakturaId("1007"))],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      expect.objectContaining({
        id: fakturaId("1003"),
        tittel: "Eiendomsskatt 2026, 1. termin",
        status: "INKASSOVARSEL",
        belop: 268_000,
        gebyr: 3_500,
        renter: 1_283,
        totalbelop: 272_783,
        utestaendeBelop: 272_783,
        kanBetales: true,
        kontonummer: "15032718407",
        kommune: { fiksOrgId: OSLO.fiksOrgId },
      }),
      expect.objectContaining({
        id: fakturaId("1007"),
        status: "SENDT_INKASSO",
        totalbelop: 338_140,
        kanBetales: false,
        kontonummer: "42001122333",
        kommune: { fiksOrgId: TRONDHEIM.fiksOrgId },
      }),
    ]);
  });

  it("resolves another citizen's invoice to null", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, ola4, FAKTURA_ENTITIES, {
      representations: [fakturaRef(fakturaId("1001")), fakturaRef(fakturaId("2001"))],
    });
    expect(result.data?._entities).toEqual([null, expect.objectContaining({ id: fakturaId("2001") })]);
  });

  it("hides the level-4 invoice from a level-3 session", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari3, FAKTURA_ENTITIES, {
      representations: [fakturaRef(fakturaId("1005")), fakturaRef(fakturaId("1004"))],
    });
    expect(result.data?._entities).toEqual([null, expect.objectContaining({ id: fakturaId("1004") })]);
  });

  it("resolves unknown and malformed ids to null instead of failing", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari4, FAKTURA_ENTITIES, {
      representations: [fakturaRef("fa000000-0000-4000-8000-000000009999"), fakturaRef("ikke-en-uuid")],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null, null]);
  });

  it("gives an integration no citizen's invoice, without a query", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, integrasjon, FAKTURA_ENTITIES, {
      representations: [fakturaRef(fakturaId("1001")), fakturaRef(fakturaId("2003"))],
    });
    expect(result.data?._entities).toEqual([null, null]);
    expect(t.database.queries).toHaveLength(0);
  });
});
