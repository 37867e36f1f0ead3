import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import type { Database } from "@minkommune/db";
import { createApolloSubgraph, defineStartSubgraph, type StartSubgraph } from "@minkommune/subgraph-kit";
import { parse } from "graphql";
import type { Context } from "./context.ts";
import { type InnsynSchema, schema } from "./db/schema.ts";
import { dokumentRoute } from "./dokument-route.ts";
import { createLoaders } from "./loaders.ts";
import { resolvers } from "./resolvers/index.ts";
import { seedDemo } from "./seed.ts";

const root = join(import.meta.dirname, "..");
/** Innsyn's SDL, the same file composition reads. */
export const typeDefs = parse(readFileSync(join(root, "schema.graphql"), "utf8"));

/** Builds the Innsyn subgraph for a database, without listening. */
export function createServer(deps: { db: Database<InnsynSchema> }) {
  const apollo = createApolloSubgraph<Context>({ typeDefs, resolvers });
  const context = (principal: Principal): Context => ({
    principal,
    db: deps.db,
    loaders: createLoaders(deps.db, principal),
  });
  return { apollo, context, routes: [dokumentRoute(deps.db)] };
}

/** Opens the database (migrating it), seeds the demo data when asked, and listens. */
export const startSubgraph: StartSubgraph = defineStartSubgraph({
  schemaName: "innsyn",
  schema,
  migrationsFolder: join(root, "drizzle"),
  seedDemo,
  createServer,
});
