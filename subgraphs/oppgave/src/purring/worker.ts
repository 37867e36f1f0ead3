import type { Worker } from "@minkommune/jobs";
import type { OppgaveDb } from "../db/database.ts";
import type { Varsler } from "../notification/port.ts";
import { bunkeJobb } from "./batch-job.ts";
import { BUNKE, queue, RUNDE } from "./jobs.ts";
import { rundeJobb } from "./round-job.ts";

/** How the reminder worker runs; tests shrink the numbers and bring their own clock. */
export interface PurringWorkerOptions {
  varsler: Varsler;
  /** The clock for due rounds and leases (default: the system clock). */
  now?: () => Date;
  /** Recipients per batch job (default 200). */
  bunkeStorrelse?: number;
  /** Jobs per poll, run side by side (default 4: batches share one SMTP pool). */
  batchSize?: number;
  pollIntervalMs?: number;
  leaseMs?: number;
}

/** The queue worker that runs reminder rounds and batches. */
export function createPurringWorker(db: OppgaveDb, options: PurringWorkerOptions): Worker {
  return queue.createWorker({
    db,
    now: options.now,
    batchSize: options.batchSize ?? 4,
    pollIntervalMs: options.pollIntervalMs ?? 5000,
    leaseMs: options.leaseMs,
    handlers: {
      [RUNDE]: rundeJobb(options.bunkeStorrelse ?? 200),
      [BUNKE]: bunkeJobb(db, options.varsler),
    },
  });
}
