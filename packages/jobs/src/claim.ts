import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { TransactionalDatabase } from "./executor.ts";
import type { JobRow, JobTable } from "./table.ts";

/** Which jobs one claim takes, and for how long. */
export interface ClaimOptions {
  table: JobTable;
  /** Only these job types: a worker never claims a job it has no handler for. */
  types: string[];
  workerId: string;
  now: Date;
  leaseMs: number;
  limit: number;
}

/**
 * Claims due jobs for one worker. SKIP LOCKED lets concurrent workers pass over rows another
 * claim is taking at this moment; the lease (locked_until) then keeps the job theirs after this
 * short transaction commits, until it runs out — which is how a crashed worker's job comes back.
 */
export async function claimDueJobs(db: TransactionalDatabase, options: ClaimOptions): Promise<JobRow[]> {
  const { table: t, now } = options;
  if (options.types.length === 0 || options.limit < 1) return [];
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: t.id })
      .from(t)
      .where(
        and(
          eq(t.state, "ready"),
          lte(t.runAt, now),
          or(isNull(t.lockedUntil), lte(t.lockedUntil, now)),
          inArray(t.type, options.types),
        ),
      )
      .orderBy(asc(t.runAt))
      .limit(options.limit)
      .for("update", { skipLocked: true });
    const ids = (await due).map((row) => row.id);
    if (ids.length === 0) return [];
    const claimed = await tx
      .update(t)
      .set({
        lockedUntil: new Date(now.getTime() + options.leaseMs),
        lockedBy: options.workerId,
        attempts: sql`${t.attempts} + 1`,
      })
      .where(inArray(t.id, ids))
      .returning();
    return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  });
}
