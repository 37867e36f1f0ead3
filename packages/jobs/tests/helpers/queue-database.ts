import { join } from "node:path";
import { type OpenDatabase, openDatabase } from "@minkommune/db";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import * as schema from "./schema.ts";

/** A fresh database with the test queue table, on PostgreSQL (DATABASE_URL) or in-memory PGlite. */
export interface QueueTestDatabase {
  /** Opens one more connection pool to the same database (PostgreSQL only), as a second process would. */
  connect(): Promise<OpenDatabase<typeof schema>>;
  first: OpenDatabase<typeof schema>;
  close(): Promise<void>;
}

const migrationsFolder = join(import.meta.dirname, "..", "drizzle");

export async function createQueueTestDatabase(): Promise<QueueTestDatabase> {
  const testDb: TestDatabase = await createTestDatabase();
  const opened: OpenDatabase<typeof schema>[] = [];
  const connect = async () => {
    // PGlite lives in this process only: every "process" shares the one embedded instance.
    if (testDb.url === "memory://" && opened[0]) return opened[0];
    const db = await openDatabase({ schemaName: "jobs_test", schema, migrationsFolder, url: testDb.url, dataDir: "" });
    opened.push(db);
    return db;
  };
  const first = await connect();
  return {
    connect,
    first,
    async close() {
      for (const db of opened) await db.close();
      await testDb.drop();
    },
  };
}

/** A clock tests move by hand. */
export function manualClock(start = new Date()) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
