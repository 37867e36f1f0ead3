import type { RunningSubgraph } from "./http-server.ts";

/** What every subgraph's `startSubgraph` takes, so the gateway and tests start them alike. */
export interface SubgraphStartOptions {
  /** postgres:// URL, "memory://", or unset for embedded PGlite under `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  internalTokenSecret: string;
  /** Insert the demo municipalities' data (idempotent). */
  seedDemo: boolean;
  /** Running as production (APP_ENV=production): development conveniences are off. Default false. */
  production?: boolean;
}

/** Opens the database, migrates, optionally seeds, and listens. */
export type StartSubgraph = (options: SubgraphStartOptions) => Promise<RunningSubgraph>;
