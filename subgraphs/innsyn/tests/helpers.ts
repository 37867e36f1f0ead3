import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import type { RunningSubgraph } from "@minkommune/subgraph-kit";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { startSubgraph } from "../src/server.ts";

/** A seeded Innsyn subgraph on a fresh database, listening on a free loopback port. */
export async function startSeededInnsyn(): Promise<RunningSubgraph & { database: TestDatabase }> {
  const database = await createTestDatabase();
  const running = await startSubgraph({
    databaseUrl: database.url,
    dataDir: "",
    host: "127.0.0.1",
    port: 0,
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    seedDemo: true,
  });
  return {
    ...running,
    database,
    async close() {
      await running.close();
      await database.drop();
    },
  };
}
