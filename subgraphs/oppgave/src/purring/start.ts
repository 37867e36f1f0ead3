import type { OppgaveDb } from "../db/database.ts";
import type { KrrAccessToken } from "../notification/krr/krr-http.ts";
import type { Varsler } from "../notification/port.ts";
import { type PurringConfig, varslerFor } from "./config.ts";
import { createPurringWorker, type PurringWorkerOptions } from "./worker.ts";

/** A reminder worker polling in the background. */
export interface RunningPurring {
  stop(): Promise<void>;
}

/** How the reminder worker is started: the worker's options, and where KRR tokens come from. */
export type StartPurringOptions = Omit<PurringWorkerOptions, "varsler"> & {
  /** Replaces the e-mail Varsler built from the configuration. */
  varsler?: Varsler;
  /** The Maskinporten token for KRR lookups; none is sent when left out. */
  krrAccessToken?: KrrAccessToken | undefined;
};

/** Starts the reminder worker on the subgraph's database; stop() waits for the running batch. */
export function startPurring(db: OppgaveDb, config: PurringConfig, options: StartPurringOptions = {}): RunningPurring {
  const { krrAccessToken, ...workerOptions } = options;
  const varsler = options.varsler ?? varslerFor(config, krrAccessToken);
  const worker = createPurringWorker(db, { ...workerOptions, varsler });
  worker.start();
  return {
    async stop() {
      await worker.stop();
      await varsler.close();
    },
  };
}
