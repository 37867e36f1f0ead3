import { randomUUID } from "node:crypto";
import type { Principal } from "@minkommune/auth";
import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { fakturaId, innbyggerKey, kari3, kari4 } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";

const FAKTURAER = /* GraphQL */ `
  query ($representations: [_Any!]!, $status: [FakturaStatus!], $arstall: [Int!], $kommune: [UUID!], $ubetalt: Boolean, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Innbygger {
        fakturaer(status: $status, arstall: $arstall, kommune: $kommune, ubetalt: $ubetalt, first: $first, after: $after) {
          totalCount treffMedHoyereInnloggingsniva
          pageInfo { hasNextPage endCursor }
          nodes { id }
        }
      }
    }
  }
`;

interface Connection {
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

const t = useSeededSubgraph();

async function fakturaer(principal: Principal, variables: Record<string, unknown>) {
  const result = await callSubgraph<{ _entities: [{ fakturaer: Connection }] }>(t.subgraph.url, principal, FAKTURAER, {
    representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
    ...variables,
  });
  const connection = result.data?._entities[0]?.fakturaer;
  return { errors: result.errors, connection, ids: connection?.nodes.map((n) => n.id) };
}

const nr = (...numbers: string[]) => numbers.map(fakturaId);

describe("Innbygger.fakturaer filters", () => {
  it("by status", async () => {
    const { ids, connection } = await fakturaer(kari4, { status: ["BETALT"] });
    expect(ids).toEqual(nr("1008", "1001"));
    expect(connection?.totalCount).toBe(2);
  });

  it("by several statuses", async () => {
    const { ids } = await fakturaer(kari4, { status: ["SENDT_INKASSO", "INKASSO"] });
    expect(ids).toEqual(nr("1009", "1007"));
  });

  it("by year of fakturaDato", async () => {
    expect((await fakturaer(kari4, { arstall: [2025] })).ids).toEqual(nr("1009"));
    expect((await fakturaer(kari4, { arstall: [2025, 2026] })).connection?.totalCount).toBe(9);
    expect((await fakturaer(kari4, { arstall: [2024] })).ids).toEqual([]);
  });

  it("by municipality", async () => {
    expect((await fakturaer(kari4, { kommune: [TRONDHEIM.fiksOrgId] })).ids).toEqual(
      nr("1009", "1007", "1006", "1008"),
    );
    expect((await fakturaer(kari4, { kommune: [OSLO.fiksOrgId.toUpperCase()] })).connection?.totalCount).toBe(5);
  });

  it("combined, and the higher-level count follows the filter", async () => {
    const { ids, connection } = await fakturaer(kari3, { kommune: [OSLO.fiksOrgId], status: ["IKKE_BETALT"] });
    expect(ids).toEqual(nr("1002", "1004"));
    expect(connection).toMatchObject({ totalCount: 2, treffMedHoyereInnloggingsniva: 1 });
  });

  it("an empty list means no filter", async () => {
    expect((await fakturaer(kari4, { status: [], kommune: [], arstall: [] })).connection?.totalCount).toBe(9);
  });

  it("pages within a filter", async () => {
    const first = await fakturaer(kari4, { kommune: [TRONDHEIM.fiksOrgId], first: 2 });
    expect(first.ids).toEqual(nr("1009", "1007"));
    const rest = await fakturaer(kari4, {
      kommune: [TRONDHEIM.fiksOrgId],
      first: 2,
      after: first.connection?.pageInfo.endCursor,
    });
    expect(rest.ids).toEqual(nr("1006", "1008"));
    expect(rest.connection?.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses an impossible year naming arstall[i]", async () => {
    const { errors } = await fakturaer(kari4, { arstall: [2026, 20260] });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "arstall[1]" });
  });

  it("accepts 50 values in a filter list", async () => {
    const kommune = [OSLO.fiksOrgId, ...Array.from({ length: 49 }, () => randomUUID())];
    const { errors, connection } = await fakturaer(kari4, { kommune, arstall: Array(50).fill(2026) });
    expect(errors).toBeUndefined();
    expect(connection?.totalCount).toBe(5);
  });

  it.each<[string, unknown[]]>([
    ["kommune", Array.from({ length: 51 }, () => randomUUID())],
    ["status", Array(51).fill("BETALT")],
    ["arstall", Array(51).fill(2026)],
  ])("refuses more than 50 values in %s, naming it", async (felt, verdier) => {
    const { errors } = await fakturaer(kari4, { [felt]: verdier });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: felt });
  });

  it("answers 70 000 kommune ids with a short BAD_USER_INPUT, not a database error", async () => {
    const { errors } = await fakturaer(kari4, { kommune: Array.from({ length: 70_000 }, () => randomUUID()) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kommune" });
    expect(JSON.stringify(errors).length).toBeLessThan(1_000);
  });

  it("refuses a kommune that is not a UUID", async () => {
    const { errors } = await fakturaer(kari4, { kommune: ["0301"] });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
