import type { ApolloServer } from "@apollo/server";
import type { Principal } from "@minkommune/auth";
import { type Database, openDatabase } from "@minkommune/db";
import type { BaseContext } from "./access.ts";
import { type Route, serveSubgraph } from "./http-server.ts";
import type { StartSubgraph } from "./start-options.ts";

/** What a subgraph supplies so that starting it is the same for all of them. */
export interface SubgraphStartSpec<TSchema extends Record<string, unknown>, TContext extends BaseContext> {
  /** The Postgres schema the subgraph owns. */
  schemaName: string;
  schema: TSchema;
  migrationsFolder: string;
  /** Inserts the demo data; must be idempotent. */
  seedDemo(db: Database<TSchema>): Promise<void>;
  createServer(deps: { db: Database<TSchema>; production: boolean }): {
    apollo: ApolloServer<TContext>;
    context: (principal: Principal) => TContext;
    routes?: Route[];
  };
  /**
   * Starts work that runs beside the server on the same database (e.g. a job queue worker);
   * stopped before the server and the database close.
   */
  startBackground?(db: Database<TSchema>): { stop(): Promise<void> } | undefined;
}

/** Builds a subgraph's `startSubgraph`: open and migrate the database, seed when asked, listen. */
export function defineStartSubgraph<TSchema extends Record<string, unknown>, TContext extends BaseContext>(
  spec: SubgraphStartSpec<TSchema, TContext>,
): StartSubgraph {
  return async (options) => {
    const database = await openDatabase({
      schemaName: spec.schemaName,
      schema: spec.schema,
      migrationsFolder: spec.migrationsFolder,
      url: options.databaseUrl,
      dataDir: options.dataDir,
    });
    try {
      if (options.seedDemo) await spec.seedDemo(database.db);
      const running = await serveSubgraph({
        ...spec.createServer({ db: database.db, production: options.production ?? false }),
        internalTokenSecret: options.internalTokenSecret,
        host: options.host,
        port: options.port,
      });
      const background = spec.startBackground?.(database.db);
      return {
        url: running.url,
        async close() {
          await background?.stop();
          await running.close();
          await database.close();
        },
      };
    } catch (error) {
      await database.close();
      throw error;
    }
  };
}
