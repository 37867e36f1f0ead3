import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/** A drizzle database on either driver; queries are written once against this type. */
export type Database<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

/** Where a deployable keeps its tables. */
export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  /** The Postgres schema this deployable owns, e.g. "oppgave"; also names the PGlite folder. */
  schemaName: string;
  /** drizzle tables, for relational queries. */
  schema: TSchema;
  /** Folder of committed drizzle migrations. */
  migrationsFolder: string;
  /** postgres:// URL, or "memory://" for a throwaway embedded database. Unset: PGlite on disk. */
  url?: string | undefined;
  /** Folder for embedded data when `url` is unset. */
  dataDir: string;
  /** Connections in the postgres.js pool. */
  maxConnections?: number;
  /** Receives every query; tests use it to prove batching. */
  logger?: Logger;
}

/** An open database with its migrations applied. */
export interface OpenDatabase<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/**
 * Opens the database and applies the committed migrations. With a postgres:// URL it uses
 * postgres.js and takes an advisory lock so replicas starting together migrate once.
 */
export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Promise<OpenDatabase<TSchema>> {
  // Bookkeeping lives beside, not inside, the owned schema: the first migration creates that schema.
  const migrationConfig = {
    migrationsFolder: options.migrationsFolder,
    migrationsSchema: "drizzle",
    migrationsTable: `migrations_${options.schemaName}`,
  };
  if (options.url?.startsWith("postgres")) {
    // One connection, so the advisory lock and the migration share a session.
    const migrator = postgres(options.url, { max: 1, onnotice: () => {} });
    const lockKey = `minkommune:migrate:${options.schemaName}`;
    try {
      await migrator`select pg_advisory_lock(hashtext(${lockKey}))`;
      await migratePostgres(drizzlePostgres(migrator), migrationConfig);
      await migrator`select pg_advisory_unlock(hashtext(${lockKey}))`;
    } finally {
      await migrator.end({ timeout: 5 });
    }
    const sql = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(sql, { schema: options.schema, logger: options.logger });
    return { db, kind: "postgres", close: () => sql.end({ timeout: 5 }) };
  }
  const inMemory = options.url === "memory://";
  const dataDir = inMemory ? undefined : `${options.dataDir}/${options.schemaName}`;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema: options.schema, logger: options.logger });
  await migratePglite(db, migrationConfig);
  return { db, kind: "pglite", close: () => client.close() };
}
