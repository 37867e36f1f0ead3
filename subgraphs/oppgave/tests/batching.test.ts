import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { kari, osloOppgave, trondheimOppgave } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";

const OPPGAVE_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Oppgave { id tittel status fullfort frist kommune { fiksOrgId } }
    }
  }
`;
const oppgaveRef = (id: string) => ({ __typename: "Oppgave", id });
type Entities = { _entities: (Record<string, unknown> | null)[] };

const t = useTestSubgraph({ seed: true });

describe("DataLoader batching", () => {
  const kariSine = [1, 2, 3, 4, 5].flatMap((nr) => [osloOppgave(nr), trondheimOppgave(nr)]);

  it("resolves N Oppgave representations with one SQL query", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari, OPPGAVE_ENTITIES, {
      representations: [...kariSine, osloOppgave(6), "ikke-en-uuid"].map(oppgaveRef),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.filter(Boolean)).toHaveLength(10);
    expect(result.data?._entities.slice(-2)).toEqual([null, null]);
    expect(t.database.queries).toHaveLength(1);
    expect(t.database.queries[0]).toMatch(/from "oppgave"\."oppgave"/);
  });

  it("asks once for a key repeated in the same request", async () => {
    const result = await callSubgraph<Entities>(t.subgraph.url, kari, OPPGAVE_ENTITIES, {
      representations: [osloOppgave(1), osloOppgave(1), osloOppgave(2)].map(oppgaveRef),
    });
    expect(result.data?._entities.map((e) => e?.id)).toEqual([osloOppgave(1), osloOppgave(1), osloOppgave(2)]);
    expect(t.database.queries).toHaveLength(1);
  });

  it("counts one query per request, so the batch above is not an artefact of the counter", async () => {
    for (const id of kariSine.slice(0, 3)) {
      await callSubgraph(t.subgraph.url, kari, OPPGAVE_ENTITIES, { representations: [oppgaveRef(id)] });
    }
    expect(t.database.queries).toHaveLength(3);
  });
});
