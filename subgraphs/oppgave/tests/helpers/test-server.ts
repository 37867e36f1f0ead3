import { serveSubgraph } from "@minkommune/subgraph-kit";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import type { OppgaveDb } from "../../src/db/database.ts";
import { createServer } from "../../src/server.ts";

/** Serves createServer() over real HTTP on a free port, as the gateway would reach it. */
export async function serveTestSubgraph(db: OppgaveDb, options: { production?: boolean } = {}) {
  const { apollo, context } = createServer({ db, production: options.production ?? false });
  return serveSubgraph({
    apollo,
    context,
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    host: "127.0.0.1",
    port: 0,
  });
}
