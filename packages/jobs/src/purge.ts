import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "./executor.ts";
import type { JobTable } from "./table.ts";

/**
 * Deletes done jobs that finished before `before`, and returns how many. Dead jobs stay for a
 * person to look at. A purged job's dedupe key is free again, so purge only past the time a
 * caller could still enqueue the same key (e.g. a retention of weeks for keys of past periods).
 */
export async function purgeDone(db: Executor, table: JobTable, before: Date): Promise<number> {
  const rows = await db
    .delete(table)
    .where(and(eq(table.state, "done"), lt(table.finished, before)))
    .returning({ id: table.id });
  return rows.length;
}
