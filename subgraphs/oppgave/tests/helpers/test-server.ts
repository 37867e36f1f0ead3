import { serveSubgraph } from "@minkommune/subgraph-kit";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import type { OppgaveDb } from "../../src/db/database.ts";
import type { Kontaktregister } from "../../src/notification/krr/krr-person.ts";
import { createServer } from "../../src/server.ts";

/** Serves createServer() over real HTTP on a free port, as the gateway would reach it. */
export async function serveTestSubgraph(
  db: OppgaveDb,
  options: { production?: boolean; kontaktregister?: Kontaktregister } = {},
) {
  const { apollo, context } = createServer({
    db,
    production: options.production ?? false,
    ...(options.kontaktregister ? { kontaktregister: options.kontaktregister } : {}),
  });
  return serveSubgraph({
    apollo,
    context,
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    host: "127.0.0.1",
    port: 0,
  });
}
