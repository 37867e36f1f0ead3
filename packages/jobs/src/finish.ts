import { safeErrorMessage } from "@minkommune/db";
import { and, eq, sql } from "drizzle-orm";
import type { Backoff } from "./backoff.ts";
import type { Executor } from "./executor.ts";
import type { JobRow, JobTable } from "./table.ts";

/**
 * Thrown when a worker tries to finish a job it no longer holds: its lease ran out and another
 * worker claimed the job again. Thrown inside the completing transaction, it rolls back the
 * handler's writes too, so a slow worker cannot commit work the new owner is also doing.
 */
export class LeaseLostError extends Error {
  constructor(job: Pick<JobRow, "id" | "type">) {
    super(`job ${job.id} (${job.type}) was claimed again after its lease ran out`);
    this.name = "LeaseLostError";
  }
}

// The claim's attempt number is the fencing token: a later claim has a higher one.
function heldBy(t: JobTable, job: JobRow) {
  return and(eq(t.id, job.id), eq(t.state, "ready"), eq(t.attempts, job.attempts));
}

/** Marks a claimed job done inside `tx`; throws LeaseLostError when the claim is no longer ours. */
export async function markDone(tx: Executor, t: JobTable, job: JobRow, now: Date): Promise<void> {
  const rows = await tx
    .update(t)
    .set({ state: "done", lockedUntil: null, finished: now })
    .where(heldBy(t, job))
    .returning({ id: t.id });
  if (rows.length === 0) throw new LeaseLostError(job);
}

/**
 * Records a failed attempt: the job waits for the backoff delay and runs again, or is marked
 * dead once it has used its attempts. Returns the new state, or null when the claim was lost.
 */
export async function markFailed(
  db: Executor,
  t: JobTable,
  job: JobRow,
  error: unknown,
  now: Date,
  backoff: Backoff,
): Promise<"ready" | "dead" | null> {
  const dead = job.attempts >= job.maxAttempts;
  const rows = await db
    .update(t)
    .set({
      state: dead ? "dead" : "ready",
      runAt: dead ? job.runAt : new Date(now.getTime() + backoff(job.attempts)),
      lockedUntil: null,
      finished: dead ? now : null,
      lastError: safeErrorMessage(error),
    })
    .where(heldBy(t, job))
    .returning({ state: t.state });
  return rows[0]?.state === "dead" ? "dead" : rows[0] ? "ready" : null;
}

/** Moves the lease forward for a long handler; throws LeaseLostError when the claim was lost. */
export async function extendLease(db: Executor, t: JobTable, job: JobRow, until: Date): Promise<void> {
  const rows = await db
    .update(t)
    .set({ lockedUntil: until })
    .where(and(heldBy(t, job), sql`${t.lockedUntil} is not null`))
    .returning({ id: t.id });
  if (rows.length === 0) throw new LeaseLostError(job);
}
