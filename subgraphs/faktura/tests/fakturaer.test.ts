import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { fakturaId, innbyggerKey, kari3, kari4 } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";

const FAKTURAER = /* GraphQL */ `
  query ($representations: [_Any!]!, $ubetalt: Boolean, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Innbygger {
        fakturaer(ubetalt: $ubetalt, first: $first, after: $after) {
          totalCount
          treffMedHoyereInnloggingsniva
          pageInfo { hasNextPage endCursor }
          nodes { id utestaendeBelop totalbelop }
        }
      }
    }
  }
`;

interface Connection {
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; utestaendeBelop: number; totalbelop: number }[];
}

const t = useSeededSubgraph();

async function fakturaer(principal: Principal, variables: Record<string, unknown> = {}) {
  const result = await callSubgraph<{ _entities: [{ fakturaer: Connection } | null] }>(
    t.subgraph.url,
    principal,
    FAKTURAER,
    {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
      ...variables,
    },
  );
  return { errors: result.errors, connection: result.data?._entities[0]?.fakturaer };
}

const ids = (connection: Connection | undefined) => connection?.nodes.map((n) => n.id);
const nr = (...numbers: string[]) => numbers.map(fakturaId);

describe("Innbygger.fakturaer", () => {
  it("lists unpaid first, then by forfallDato, with the seeded amounts", async () => {
    const { errors, connection } = await fakturaer(kari4);
    expect(errors).toBeUndefined();
    expect(ids(connection)).toEqual(nr("1009", "1007", "1003", "1002", "1006", "1005", "1004", "1008", "1001"));
    expect(connection?.nodes.map((n) => n.utestaendeBelop)).toEqual([
      231_520, 338_140, 272_783, 212_550, 320_500, 94_300, 412_550, 0, 0,
    ]);
    expect(connection?.nodes.map((n) => n.totalbelop)).toEqual([
      331_520, 338_140, 272_783, 412_550, 320_500, 94_300, 412_550, 320_500, 412_550,
    ]);
    expect(connection).toMatchObject({ totalCount: 9, treffMedHoyereInnloggingsniva: 0 });
    expect(connection?.pageInfo.hasNextPage).toBe(false);
  });

  it("never shows a level-3 session the level-4 invoice, but counts it", async () => {
    const { connection } = await fakturaer(kari3);
    expect(ids(connection)).toEqual(nr("1009", "1007", "1003", "1002", "1006", "1004", "1008", "1001"));
    expect(connection).toMatchObject({ totalCount: 8, treffMedHoyereInnloggingsniva: 1 });
  });

  it("filters to unpaid invoices (not BETALT and something owed)", async () => {
    const { connection } = await fakturaer(kari4, { ubetalt: true });
    expect(ids(connection)).toEqual(nr("1009", "1007", "1003", "1002", "1006", "1005", "1004"));
    expect(connection?.totalCount).toBe(7);
    const level3 = await fakturaer(kari3, { ubetalt: true });
    expect(level3.connection).toMatchObject({ totalCount: 6, treffMedHoyereInnloggingsniva: 1 });
  });

  it("filters to the rest with ubetalt: false, including the fully credited invoice", async () => {
    const { connection } = await fakturaer(kari3, { ubetalt: false });
    expect(ids(connection)).toEqual(nr("1008", "1001"));
    expect(connection).toMatchObject({ totalCount: 2, treffMedHoyereInnloggingsniva: 0 });
  });

  it("pages with cursors across the unpaid/paid boundary without gaps or repeats", async () => {
    const first = await fakturaer(kari4, { first: 3 });
    expect(ids(first.connection)).toEqual(nr("1009", "1007", "1003"));
    expect(first.connection).toMatchObject({ totalCount: 9, pageInfo: { hasNextPage: true } });
    const second = await fakturaer(kari4, { first: 3, after: first.connection?.pageInfo.endCursor });
    expect(ids(second.connection)).toEqual(nr("1002", "1006", "1005"));
    const third = await fakturaer(kari4, { first: 3, after: second.connection?.pageInfo.endCursor });
    expect(ids(third.connection)).toEqual(nr("1004", "1008", "1001"));
    expect(third.connection?.pageInfo.hasNextPage).toBe(false);
    const past = await fakturaer(kari4, { first: 3, after: third.connection?.pageInfo.endCursor });
    expect(past.connection).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("pages within a filter", async () => {
    const first = await fakturaer(kari4, { ubetalt: true, first: 6 });
    expect(first.connection?.pageInfo.hasNextPage).toBe(true);
    const rest = await fakturaer(kari4, { ubetalt: true, first: 6, after: first.connection?.pageInfo.endCursor });
    expect(ids(rest.connection)).toEqual(nr("1004"));
    expect(rest.connection?.pageInfo.hasNextPage).toBe(false);
  });
});

describe("Innbygger.fakturaer: bad input", () => {
  it.each([0, 101, -5])("refuses first: %s with BAD_USER_INPUT naming first", async (first) => {
    const { errors, connection } = await fakturaer(kari4, { first });
    expect(connection).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it.each([
    ["garbage", "ikke-en-markør"],
    ["valid base64url of the wrong shape", Buffer.from(JSON.stringify({ r: 0 })).toString("base64url")],
    [
      "right shape, impossible date",
      Buffer.from(JSON.stringify([0, "2026-02-30", "fa000000-0000-4000-8000-000000001002"])).toString("base64url"),
    ],
    ["right shape, no uuid", Buffer.from(JSON.stringify([1, "2026-02-01", "x"])).toString("base64url")],
  ])("refuses a malformed cursor (%s) with BAD_USER_INPUT naming after", async (_, after) => {
    const { errors } = await fakturaer(kari4, { after });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(errors?.[0]?.message).not.toMatch(/\d{11}/);
  });

  it("runs no query for a refused request", async () => {
    t.database.queries.length = 0;
    await fakturaer(kari4, { first: 101 });
    expect(t.database.queries).toHaveLength(0);
  });
});
