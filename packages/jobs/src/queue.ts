import { type Enqueued, enqueue, type NewJob } from "./enqueue.ts";
import type { Executor, TransactionalDatabase } from "./executor.ts";
import { purgeDone } from "./purge.ts";
import type { JobTable } from "./table.ts";
import { createWorker, type Worker, type WorkerOptions } from "./worker.ts";

/** One subgraph's queue: its table, bound once. */
export interface JobQueue {
  table: JobTable;
  /** Adds a job in the caller's transaction; idempotent by dedupe key. */
  enqueue(tx: Executor, job: NewJob, now?: Date): Promise<Enqueued>;
  /** Deletes done jobs finished before `before`; dead ones stay. Returns how many. */
  purgeDone(db: Executor, before: Date): Promise<number>;
  /** A worker on this queue's table. */
  createWorker<TDb extends TransactionalDatabase>(options: Omit<WorkerOptions<TDb>, "table">): Worker;
}

/** Binds the queue functions to a table made by jobTable(). */
export function createJobQueue(table: JobTable): JobQueue {
  return {
    table,
    enqueue: (tx, job, now) => enqueue(tx, table, job, now),
    purgeDone: (db, before) => purgeDone(db, table, before),
    createWorker: (options) => createWorker({ ...options, table }),
  };
}
