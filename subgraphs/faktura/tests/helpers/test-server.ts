import { serveSubgraph } from "@minkommune/subgraph-kit";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import type { FakturaDb } from "../../src/db/fakturaer.ts";
import { createServer, type ServerDeps } from "../../src/server.ts";

/** The instant tests treat as "now": 15 June 2026, noon in Oslo. */
export const TEST_NOW = new Date("2026-06-15T10:00:00Z");

/** Serves createServer() over real HTTP on a free port, as the gateway would reach it. */
export async function serveTestSubgraph(
  db: FakturaDb,
  now: Date = TEST_NOW,
  deps: Omit<ServerDeps, "db" | "now"> = {},
) {
  const { apollo, context, worker } = createServer({ db, now: () => now, ...deps });
  const running = await serveSubgraph({
    apollo,
    context,
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    host: "127.0.0.1",
    port: 0,
  });
  return { ...running, worker };
}
