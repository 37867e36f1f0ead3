import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { fakturaId, kari4 } from "./helpers/demo.ts";
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
const fakturaRef = (id: string) => ({ __typename: "Faktura", id });
type Entities = { _entities: (Record<string, unknown> | null)[] };

const t = useSeededSubgraph();

beforeEach(() => {
  t.database.queries.length = 0;
});

describe("DataLoader batching", () => {
  const allKari = ["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009"].map(fakturaId);

  it("resolves N Faktura representations with one SQL query", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari4, FAKTURA_ENTITIES, {
      representations: [...allKari, fakturaId("2001"), "ikke-en-uuid"].map(fakturaRef),
    });
    expect(result.data?._entities.filter(Boolean)).toHaveLength(9);
    expect(result.data?._entities.slice(-2)).toEqual([null, null]);
    expect(t.database.queries).toHaveLength(1);
    expect(t.database.queries[0]).toMatch(/from "faktura"\."faktura"/);
  });

  it("counts one query per request, so the batch above is not an artefact of the counter", async () => {
    for (const id of allKari.slice(0, 3)) {
      await callSubgraph(t.subgraph.url, kari4, FAKTURA_ENTITIES, { representations: [fakturaRef(id)] });
    }
    expect(t.database.queries).toHaveLength(3);
  });
});
