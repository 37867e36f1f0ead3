import { randomUUID } from "node:crypto";
import { safeErrorMessage } from "@minkommune/db";
import { type Backoff, exponentialBackoff } from "./backoff.ts";
import { claimDueJobs } from "./claim.ts";
import type { Executor, TransactionalDatabase } from "./executor.ts";
import { extendLease, LeaseLostError, markDone, markFailed } from "./finish.ts";
import type { JobRow, JobTable } from "./table.ts";

/** The transaction type of a database: what `complete` hands to the handler's writes. */
export type TransactionOf<TDb extends TransactionalDatabase> = Parameters<Parameters<TDb["transaction"]>[0]>[0];

/** What a handler gets besides the job. */
export interface JobContext<TDb extends TransactionalDatabase> {
  /** The worker's clock; tests move it. */
  now(): Date;
  /**
   * Runs `work` and marks the job done in one transaction: the handler's writes (and any jobs
   * it enqueues with that tx) commit exactly when the job does. Call at most once; a handler
   * that returns without calling it is completed by the worker on its own.
   */
  complete<T>(work?: (tx: TransactionOf<TDb>) => Promise<T>): Promise<T | undefined>;
  /** Moves the lease forward by the worker's lease length, for handlers that run long. */
  extendLease(): Promise<void>;
}

/** Runs one job. Throwing schedules a retry (or marks the job dead after its last attempt). */
export type JobHandler<TDb extends TransactionalDatabase> = (job: JobRow, context: JobContext<TDb>) => Promise<void>;

/** How a worker polls and runs jobs. */
export interface WorkerOptions<TDb extends TransactionalDatabase> {
  db: TDb;
  table: JobTable;
  /** Handlers by job type; jobs of other types are left for other workers. */
  handlers: Record<string, JobHandler<TDb>>;
  /** The clock for due times and leases (default: the system clock). */
  now?: () => Date;
  /** Pause between polls when the last one found nothing due (default 1 s). */
  pollIntervalMs?: number;
  /** Jobs claimed per poll and run side by side (default 10). */
  batchSize?: number;
  /** How long a claim holds before another worker may take the job (default 5 min). */
  leaseMs?: number;
  /** Delay before a failed job runs again (default 10 s doubling to 1 h). */
  backoff?: Backoff;
  /** Names the worker in locked_by (default: a random id). */
  workerId?: string;
  /** Hears failures; gets the job's type and id, never its payload (default: console.error). */
  onError?: (error: unknown, job?: Pick<JobRow, "id" | "type">) => void;
}

/** A running (or stepping) queue worker. */
export interface Worker {
  /** Starts polling in the background until stop(). */
  start(): void;
  /** Stops polling and waits for the jobs already running to finish. */
  stop(): Promise<void>;
  /** Claims one batch of due jobs, runs it, and returns how many jobs were claimed. */
  runOnce(): Promise<number>;
  /** Runs batches until none is due or `maxBatches` ran; returns the jobs claimed. */
  runUntilIdle(maxBatches?: number): Promise<number>;
}

const defaultOnError = (error: unknown, job?: Pick<JobRow, "id" | "type">) => {
  const what = job ? `job ${job.type} ${job.id}` : "job worker";
  console.error(`${what} failed: ${safeErrorMessage(error)}`);
};

/** Creates a worker; nothing runs until start(), runOnce() or runUntilIdle(). */
export function createWorker<TDb extends TransactionalDatabase>(options: WorkerOptions<TDb>): Worker {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 300_000;
  const backoff = options.backoff ?? exponentialBackoff();
  const workerId = options.workerId ?? randomUUID();
  const onError = options.onError ?? defaultOnError;
  const types = Object.keys(options.handlers);
  const { db, table } = options;

  async function run(job: JobRow): Promise<void> {
    let completed = false;
    const context: JobContext<TDb> = {
      now,
      async complete(work) {
        if (completed) throw new Error(`job ${job.id} was already completed`);
        completed = true;
        return db.transaction(async (tx) => {
          const result = work ? await work(tx as TransactionOf<TDb>) : undefined;
          await markDone(tx, table, job, now());
          return result;
        });
      },
      extendLease: () => extendLease(db, table, job, new Date(now().getTime() + leaseMs)),
    };
    try {
      await options.handlers[job.type]?.(job, context);
      if (!completed) await context.complete();
    } catch (error) {
      onError(error, job);
      // A lost claim belongs to the worker that took it over; this one must not touch it.
      if (error instanceof LeaseLostError) return;
      try {
        await markFailed(db as Executor, table, job, error, now(), backoff);
      } catch (markError) {
        // The lease will run out and the job comes back; nothing more to do here.
        onError(markError, job);
      }
    }
  }

  async function runOnce(): Promise<number> {
    const jobs = await claimDueJobs(db, { table, types, workerId, now: now(), leaseMs, limit: batchSize });
    await Promise.all(jobs.map(run));
    return jobs.length;
  }

  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function poll(): Promise<void> {
    while (!stopping) {
      let claimed = 0;
      try {
        claimed = await runOnce();
      } catch (error) {
        onError(error);
      }
      // Work found: look again at once, as finished jobs often enqueue follow-ups that are due now.
      if (stopping || claimed > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollIntervalMs ?? 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      loop = poll();
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      loop = undefined;
    },
    runOnce,
    async runUntilIdle(maxBatches = 100) {
      let total = 0;
      for (let i = 0; i < maxBatches; i++) {
        const claimed = await runOnce();
        total += claimed;
        if (claimed === 0) break;
      }
      return total;
    },
  };
}
