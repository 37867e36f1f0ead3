import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@minkommune/db/testing";

/** Where the stack keeps its data for one run, and how to throw it away. */
export interface StackStorage {
  /** Environment for every backend process: a fresh DATA_DIR, and DATABASE_URL when running on PostgreSQL. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  dispose(): Promise<void>;
}

/**
 * Fresh storage for one e2e run: a new database on DATABASE_URL's server when it is set
 * (PGlite otherwise, under a new temp DATA_DIR that also holds the dev-idp's keys).
 */
export async function createStackStorage(): Promise<StackStorage> {
  const dataDir = await mkdtemp(join(tmpdir(), "minkommune-e2e-"));
  const database = process.env.DATABASE_URL ? await createTestDatabase() : null;
  return {
    env: database ? { DATA_DIR: dataDir, DATABASE_URL: database.url } : { DATA_DIR: dataDir },
    async dispose() {
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
