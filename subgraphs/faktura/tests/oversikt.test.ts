import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/seed.ts";
import { innbyggerKey, kari3, kari4, ola4 } from "./helpers/demo.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";

const OVERSIKT = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Innbygger { fakturaOversikt { sumUtestaende antallUbetalte antallForfalte } }
    }
  }
`;

let database: CountingDatabase;

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db);
});
afterAll(async () => {
  await database?.close();
});

/** The overview as a subgraph whose clock reads `now` reports it. */
async function oversikt(principal: Principal, now: string) {
  const subgraph = await serveTestSubgraph(database.db, new Date(now));
  try {
    database.queries.length = 0;
    type Data = { _entities: [{ fakturaOversikt: Record<string, number> }] };
    const result = await callSubgraph<Data>(subgraph.url, principal, OVERSIKT, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
    });
    expect(result.errors).toBeUndefined();
    return result.data?._entities[0].fakturaOversikt;
  } finally {
    await subgraph.close();
  }
}

describe("Innbygger.fakturaOversikt", () => {
  it("sums what Kari owes over her unpaid invoices, in one query", async () => {
    // 231 520 + 338 140 + 272 783 + 212 550 + 320 500 + 94 300 + 412 550 øre; four were due before 15 June.
    expect(await oversikt(kari4, "2026-06-15T10:00:00Z")).toEqual({
      sumUtestaende: 1_882_343,
      antallUbetalte: 7,
      antallForfalte: 4,
    });
    expect(database.queries).toHaveLength(1);
  });

  it("leaves the level-4 invoice out of a level-3 session's figures", async () => {
    expect(await oversikt(kari3, "2026-06-15T10:00:00Z")).toEqual({
      sumUtestaende: 1_788_043,
      antallUbetalte: 6,
      antallForfalte: 4,
    });
  });

  it("counts only the caller's own invoices", async () => {
    // 100 000 + 301 915 + 303 370 + 406 750 + 51 200 + 389 900 øre.
    expect(await oversikt(ola4, "2026-06-15T10:00:00Z")).toEqual({
      sumUtestaende: 1_553_135,
      antallUbetalte: 6,
      antallForfalte: 5,
    });
  });

  it("decides 'forfalt' by the date in Oslo, not in UTC", async () => {
    // SFO juni 2026 is due 2026-06-15: not overdue that day, overdue from Oslo midnight (22:00 UTC in summer).
    expect((await oversikt(kari4, "2026-06-15T21:59:00Z"))?.antallForfalte).toBe(4);
    expect((await oversikt(kari4, "2026-06-15T22:01:00Z"))?.antallForfalte).toBe(5);
  });
});
