import type { RunningSubgraph } from "@minkommune/subgraph-kit";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { seedDemo } from "../../src/seed.ts";
import { SEED_DAY } from "./demo.ts";
import { type CountingDatabase, openCountingDatabase } from "./test-database.ts";
import { serveTestSubgraph } from "./test-server.ts";

/** A test file's own database and subgraph; fields are set once beforeAll has run. */
export interface TestSubgraph {
  database: CountingDatabase;
  subgraph: RunningSubgraph;
}

/**
 * Gives the calling test file a fresh database (demo data seeded on SEED_DAY when `seed`) and
 * the subgraph served over HTTP; closes both afterwards and clears the query log before each test.
 */
export function useTestSubgraph(options: { seed: boolean }): TestSubgraph {
  const fixture = {} as TestSubgraph;
  beforeAll(async () => {
    fixture.database = await openCountingDatabase();
    if (options.seed) await seedDemo(fixture.database.db, SEED_DAY);
    fixture.database.queries.length = 0;
    fixture.subgraph = await serveTestSubgraph(fixture.database.db);
  });
  afterAll(async () => {
    await fixture.subgraph?.close();
    await fixture.database?.close();
  });
  beforeEach(() => {
    fixture.database.queries.length = 0;
  });
  return fixture;
}
