import type { OppgaveDb } from "../db/database.ts";
import type { Varsler } from "../notification/port.ts";
import { type PurringConfig, varslerFor } from "./config.ts";
import { createPurringWorker, type PurringWorkerOptions } from "./worker.ts";

/** A reminder worker polling in the background. */
export interface RunningPurring {
  stop(): Promise<void>;
}

/** Starts the reminder worker on the subgraph's database; stop() waits for the running batch. */
export function startPurring(
  db: OppgaveDb,
  config: PurringConfig,
  options: Omit<PurringWorkerOptions, "varsler"> & { varsler?: Varsler } = {},
): RunningPurring {
  const varsler = options.varsler ?? varslerFor(config);
  const worker = createPurringWorker(db, { ...options, varsler });
  worker.start();
  return {
    async stop() {
      await worker.stop();
      await varsler.close();
    },
  };
}
