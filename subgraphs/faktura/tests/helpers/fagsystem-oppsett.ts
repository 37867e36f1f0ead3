import { serveSubgraph } from "@minkommune/subgraph-kit";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll } from "vitest";
import { seedDemo } from "../../src/seed.ts";
import { createServer } from "../../src/server.ts";
import { httpFagsystem } from "../../src/utsettelse/fagsystem-klient.ts";
import { startFagsystem } from "./fagsystem-server.ts";
import { type CountingDatabase, openCountingDatabase } from "./test-database.ts";
import { TEST_NOW } from "./test-server.ts";

/** The injected timeout: the production 10 s would make every slow case a 10 s test. */
export const TIMEOUT_MS = 300;

/** A seeded subgraph whose clock the test moves, its job worker, and an invoicing system on loopback. */
export interface FagsystemOppsett {
  database: CountingDatabase;
  /** The municipality's invoicing system (and webhook receiver), checking signatures with the secret. */
  fagsystem: Awaited<ReturnType<typeof startFagsystem>>;
  subgraph: { url: string; close(): Promise<void> };
  worker: ReturnType<typeof createServer>["worker"];
  /** Moves the subgraph's clock on, so queued jobs fall due. */
  frem(ms: number): void;
  /** Sets the clock back to TEST_NOW. */
  nullstill(): void;
}

/**
 * Opens the database, the stand-in and the subgraph (asking with TIMEOUT_MS) before the file's
 * first test and closes them after its last. The file points its policy at `fagsystem.url`.
 */
export function useFagsystemOppsett(hemmelighet: string): FagsystemOppsett {
  let klokke = TEST_NOW.getTime();
  const now = () => new Date(klokke);
  const oppsett = {
    frem: (ms: number) => {
      klokke += ms;
    },
    nullstill: () => {
      klokke = TEST_NOW.getTime();
    },
  } as FagsystemOppsett;
  beforeAll(async () => {
    oppsett.database = await openCountingDatabase();
    await seedDemo(oppsett.database.db);
    oppsett.fagsystem = await startFagsystem(hemmelighet);
    const fagsystem = httpFagsystem({ timeoutMs: TIMEOUT_MS, now });
    const server = createServer({ db: oppsett.database.db, now, fagsystem });
    oppsett.worker = server.worker;
    oppsett.subgraph = await serveSubgraph({
      ...server,
      internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
      host: "127.0.0.1",
      port: 0,
    });
  });
  afterAll(async () => {
    await oppsett.subgraph?.close();
    await oppsett.fagsystem?.close();
    await oppsett.database?.close();
  });
  return oppsett;
}
