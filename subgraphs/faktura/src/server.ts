import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { createApolloSubgraph, defineStartSubgraph, osloDato, type StartSubgraph } from "@minkommune/subgraph-kit";
import { parse } from "graphql";
import type { Context } from "./context.ts";
import type { FakturaDb } from "./db/fakturaer.ts";
import * as schema from "./db/schema.ts";
import { createLoaders } from "./loaders.ts";
import { resolvers } from "./resolvers/index.ts";
import { seedDemo } from "./seed.ts";

const root = join(import.meta.dirname, "..");

/** What the Faktura server is built from. */
export interface ServerDeps {
  db: FakturaDb;
  /** The clock; tests fix it so "forfalt" does not depend on the day they run. */
  now?: () => Date;
}

/** Builds the Faktura subgraph and its per-request context; opens nothing and listens nowhere. */
export function createServer(deps: ServerDeps) {
  const now = deps.now ?? (() => new Date());
  const apollo = createApolloSubgraph<Context>({
    typeDefs: parse(readFileSync(join(root, "schema.graphql"), "utf8")),
    resolvers,
  });
  const context = (principal: Principal): Context => ({
    principal,
    db: deps.db,
    loaders: createLoaders(deps.db, principal),
    iDag: osloDato(now()),
  });
  return { apollo, context };
}

/** Opens the database (migrating it), seeds the demo data when asked, and listens. */
export const startSubgraph: StartSubgraph = defineStartSubgraph({
  schemaName: "faktura",
  schema,
  migrationsFolder: join(root, "drizzle"),
  seedDemo,
  createServer,
});
