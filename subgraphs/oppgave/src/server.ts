import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { createApolloSubgraph, defineStartSubgraph, type StartSubgraph } from "@minkommune/subgraph-kit";
import { parse } from "graphql";
import type { Context } from "./context.ts";
import type { OppgaveDb } from "./db/database.ts";
import * as schema from "./db/schema.ts";
import { createLoaders } from "./loaders.ts";
import { maskPersonIdsPlugin } from "./mask-person-ids.ts";
import { resolvers } from "./resolvers/index.ts";
import { seedDemo } from "./seed.ts";

const root = join(import.meta.dirname, "..");

/** What the Oppgave server is built from. */
export interface ServerDeps {
  /** The database; tests pass one opened with a query-counting logger. */
  db: OppgaveDb;
}

/** Builds the Oppgave subgraph and its per-request context; opens nothing and listens nowhere. */
export function createServer(deps: ServerDeps) {
  const apollo = createApolloSubgraph<Context>({
    typeDefs: parse(readFileSync(join(root, "schema.graphql"), "utf8")),
    resolvers,
    plugins: [maskPersonIdsPlugin],
  });
  const context = (principal: Principal): Context => ({
    principal,
    db: deps.db,
    loaders: createLoaders(deps.db, principal),
  });
  return { apollo, context };
}

/** Opens the database (migrating it), seeds the demo data when asked, and listens. */
export const startSubgraph: StartSubgraph = defineStartSubgraph({
  schemaName: "oppgave",
  schema,
  migrationsFolder: join(root, "drizzle"),
  seedDemo,
  createServer,
});
