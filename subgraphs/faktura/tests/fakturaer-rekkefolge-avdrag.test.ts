import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { betal, fakturaMedPlan } from "./helpers/avdragsplan.ts";
import { innbyggerKey, integrasjon, kari4 } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA } from "./helpers/faktura-input.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";

const UBETALTE = /* GraphQL */ `
  query ($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Innbygger {
        fakturaer(ubetalt: true, first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { id effektivForfallDato }
        }
      }
    }
  }
`;

interface Side {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; effektivForfallDato: string }[];
}

const t = useSeededSubgraph();

async function side(first: number, after?: string | null): Promise<Side> {
  const result = await callSubgraph<{ _entities: [{ fakturaer: Side }] }>(t.subgraph.url, kari4, UBETALTE, {
    representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }],
    first,
    after,
  });
  expect(result.errors).toBeUndefined();
  const fakturaer = result.data?._entities[0].fakturaer;
  if (!fakturaer) throw new Error("no fakturaer");
  return fakturaer;
}

/** Every unpaid invoice of Kari's, one page of `first` at a time, following the cursors. */
async function alleSider(first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null | undefined;
  for (let sider = 0; sider < 50; sider++) {
    const neste = await side(first, after);
    ids.push(...neste.nodes.map((n) => n.id));
    if (!neste.pageInfo.hasNextPage) return ids;
    after = neste.pageInfo.endCursor;
  }
  throw new Error("more than 50 pages");
}

describe("the citizen's unpaid invoices under an avdrag plan", () => {
  it("sort by the effective due date, so a plan paid up to date moves after invoices due sooner, and pages agree", async () => {
    // Due 1 June in three instalments (1 June, 1 July, 1 August); the first one is paid.
    const plan = await fakturaMedPlan(t.subgraph.url, { belop: 150_000, forfallDato: "2026-06-01", antall: 3 });
    expect((await betal(t.subgraph.url, plan.meldingId, 50_000, "R1")).errors).toBeUndefined();
    // Due 20 June, no plan: by its original date the plan would sort before it, by the effective one after.
    const uten = await callSubgraph<{ registrerFaktura: { id: string } }>(
      t.subgraph.url,
      integrasjon,
      REGISTRER_FAKTURA,
      {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: fakturaInput({ belop: 90_000, gebyr: 0, forfallDato: "2026-06-20" }),
      },
    );
    expect(uten.errors).toBeUndefined();
    const utenId = uten.data?.registrerFaktura.id;
    const alle = (await side(100)).nodes;
    const datoer = alle.map((n) => n.effektivForfallDato);
    expect(datoer).toEqual([...datoer].sort());
    expect(alle.find((n) => n.id === plan.id)?.effektivForfallDato).toBe("2026-07-01");
    expect(alle.findIndex((n) => n.id === utenId)).toBeGreaterThanOrEqual(0);
    expect(alle.findIndex((n) => n.id === utenId)).toBeLessThan(alle.findIndex((n) => n.id === plan.id));
    expect(await alleSider(1)).toEqual(alle.map((n) => n.id));
    expect(await alleSider(2)).toEqual(alle.map((n) => n.id));
  });
});
