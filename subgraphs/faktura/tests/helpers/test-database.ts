import { join } from "node:path";
import { openDatabase } from "@minkommune/db";
import { createTestDatabase } from "@minkommune/db/testing";
import type { Logger } from "drizzle-orm";
import type { FakturaDb } from "../../src/db/fakturaer.ts";
import * as schema from "../../src/db/schema.ts";

/** A migrated test database whose every SQL statement is recorded in `queries`. */
export interface CountingDatabase {
  db: FakturaDb;
  /** SQL text of every statement run through `db`, in order. */
  queries: string[];
  close(): Promise<void>;
}

const root = join(import.meta.dirname, "..", "..");

/**
 * Opens a fresh database (Postgres when DATABASE_URL is set, PGlite otherwise) with the
 * committed migrations and a drizzle logger, so tests count the statements that really reach
 * the database.
 */
export async function openCountingDatabase(): Promise<CountingDatabase> {
  const testDb = await createTestDatabase();
  const queries: string[] = [];
  const logger: Logger = { logQuery: (query) => queries.push(query) };
  const opened = await openDatabase({
    schemaName: "faktura",
    schema,
    migrationsFolder: join(root, "drizzle"),
    url: testDb.url,
    dataDir: join(root, ".data-test-unused"),
    logger,
  });
  // On PGlite the migrations run through the logged db; count only what tests do.
  queries.length = 0;
  return {
    db: opened.db,
    queries,
    async close() {
      await opened.close();
      await testDb.drop();
    },
  };
}
