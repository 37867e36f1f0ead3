import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { openDatabase } from "@minkommune/db";
import { createApolloSubgraph, osloDato, type StartSubgraph, serveSubgraph } from "@minkommune/subgraph-kit";
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

/** Opens the database (migrating it), seeds the demo invoices when asked, and listens. */
export const startSubgraph: StartSubgraph = async (options) => {
  const database = await openDatabase({
    schemaName: "faktura",
    schema,
    migrationsFolder: join(root, "drizzle"),
    url: options.databaseUrl,
    dataDir: options.dataDir,
  });
  try {
    if (options.seedDemo) await seedDemo(database.db);
    const { apollo, context } = createServer({ db: database.db });
    const running = await serveSubgraph({
      apollo,
      context,
      internalTokenSecret: options.internalTokenSecret,
      host: options.host,
      port: options.port,
    });
    return {
      url: running.url,
      async close() {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
};
