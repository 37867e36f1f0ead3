import { join } from "node:path";
import { openDatabase } from "@minkommune/db";
import { sql } from "drizzle-orm";
import * as schema from "../../src/db/schema.ts";

/**
 * `dager` days pass while no subgraph runs: oppgaver become that much older and every queued job
 * that much more due, as if the clock had moved on during a stop.
 */
export async function dagerGarMensDenErNede(options: { url: string | undefined; dataDir: string; dager: number }) {
  const offline = await openDatabase({
    schemaName: "oppgave",
    schema,
    migrationsFolder: join(import.meta.dirname, "..", "..", "drizzle"),
    url: options.url,
    dataDir: options.dataDir,
  });
  try {
    const intervall = `${options.dager} days`;
    await offline.db.execute(sql`update oppgave.oppgave set created = created - ${intervall}::interval`);
    await offline.db.execute(sql`update oppgave.job set run_at = run_at - ${intervall}::interval`);
  } finally {
    await offline.close();
  }
}
