import type { Executor } from "./executor.ts";
import type { JobTable } from "./table.ts";

/** A job to add to the queue. */
export interface NewJob {
  /** Selects the handler that runs it. */
  type: string;
  /** JSON the handler gets back; keep personal data out of it where an id will do. */
  payload: unknown;
  /** Not run before this instant (default: now). */
  runAt?: Date;
  /** Enqueueing the same key again adds nothing, so retried callers cannot double a job. */
  dedupeKey?: string;
  /** Claims before the job is marked dead (default 5). */
  maxAttempts?: number;
}

/** What enqueue did: the job's id, or null when a job with the same dedupe key already existed. */
export interface Enqueued {
  id: string | null;
}

/**
 * Adds a job inside the caller's transaction, so the job exists exactly when the caller's own
 * writes commit. With a dedupe key that is already present, nothing is added.
 */
export async function enqueue(tx: Executor, table: JobTable, job: NewJob, now: Date = new Date()): Promise<Enqueued> {
  const rows = await tx
    .insert(table)
    .values({
      type: job.type,
      payload: job.payload ?? null,
      runAt: job.runAt ?? now,
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: table.dedupeKey })
    .returning({ id: table.id });
  return { id: rows[0]?.id ?? null };
}
