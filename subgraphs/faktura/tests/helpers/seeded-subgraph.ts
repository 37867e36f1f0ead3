import { afterAll, beforeAll } from "vitest";
import { seedDemo } from "../../src/seed.ts";
import type { ServerDeps } from "../../src/server.ts";
import { type CountingDatabase, openCountingDatabase } from "./test-database.ts";
import { serveTestSubgraph } from "./test-server.ts";

/** What a test file shares: its own database and the subgraph serving it. */
export interface SeededSubgraph {
  database: CountingDatabase;
  subgraph: Awaited<ReturnType<typeof serveTestSubgraph>>;
}

/**
 * A fresh database (with the demo data when `seed`) and the subgraph on it, opened before the
 * file's first test and closed after its last. Read the fields inside tests, once beforeAll has
 * filled them.
 */
export function useTestSubgraph(
  options: { seed?: boolean; deps?: Omit<ServerDeps, "db" | "now"> } = {},
): SeededSubgraph {
  const state = {} as SeededSubgraph;
  beforeAll(async () => {
    state.database = await openCountingDatabase();
    if (options.seed) await seedDemo(state.database.db);
    state.subgraph = await serveTestSubgraph(state.database.db, undefined, options.deps ?? {});
  });
  afterAll(async () => {
    await state.subgraph?.close();
    await state.database?.close();
  });
  return state;
}

/** useTestSubgraph with the demo data seeded. */
export const useSeededSubgraph = (deps: Omit<ServerDeps, "db" | "now"> = {}): SeededSubgraph =>
  useTestSubgraph({ seed: true, deps });
