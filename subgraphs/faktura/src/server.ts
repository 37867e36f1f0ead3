import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { createJobQueue, type Worker } from "@minkommune/jobs";
import {
  createApolloSubgraph,
  defineStartSubgraph,
  osloDato,
  type StartSubgraph,
  standardTilgangskilde,
  type Tilgangskilde,
} from "@minkommune/subgraph-kit";
import { parse } from "graphql";
import type { Context } from "./context.ts";
import type { FakturaDb } from "./db/fakturaer.ts";
import * as schema from "./db/schema.ts";
import { innsynFor } from "./innsyn.ts";
import { createLoaders } from "./loaders.ts";
import { resolvers } from "./resolvers/index.ts";
import { seedDemo } from "./seed.ts";
import type { UtsettelseDeps } from "./utsettelse/be-om.ts";
import { httpFagsystem, type SporFagsystem } from "./utsettelse/fagsystem-klient.ts";
import { utsettelseJobber } from "./utsettelse/jobber.ts";
import { signertPost } from "./utsettelse/signert-post.ts";

const root = join(import.meta.dirname, "..");

/** What the Faktura server is built from. */
export interface ServerDeps {
  db: FakturaDb;
  /** The clock; tests fix it so "forfalt" does not depend on the day they run. */
  now?: () => Date;
  /** Who holds rights to which properties (default: the demo fixtures, none in production). */
  tilgangskilde?: Tilgangskilde;
  /** Running as production: no demo fixtures grant access, and endpoints must be https. */
  production?: boolean;
  /** How the invoicing system is asked (default: signed HTTP with the 10 s Fiks timeout). */
  fagsystem?: SporFagsystem;
}

/** This subgraph's job queue. */
export const jobQueue = createJobQueue(schema.job);

/** Builds the Faktura subgraph, its per-request context and its (unstarted) job worker. */
export function createServer(deps: ServerDeps) {
  const now = deps.now ?? (() => new Date());
  const tilgangskilde = deps.tilgangskilde ?? standardTilgangskilde({ production: deps.production ?? false });
  // In production, signed requests never connect to an internal address, whatever DNS says.
  const post = signertPost({ production: deps.production ?? false });
  const utsettelse: UtsettelseDeps = {
    db: deps.db,
    queue: jobQueue,
    fagsystem: deps.fagsystem ?? httpFagsystem({ now, post }),
    now,
  };
  const apollo = createApolloSubgraph<Context>({
    typeDefs: parse(readFileSync(join(root, "schema.graphql"), "utf8")),
    resolvers,
  });
  const context = (principal: Principal): Context => {
    const innsyn = innsynFor(principal, tilgangskilde);
    const na = now();
    return {
      principal,
      db: deps.db,
      loaders: createLoaders(deps.db, innsyn),
      iDag: osloDato(na),
      na,
      innsyn,
      utsettelse,
      production: deps.production ?? false,
    };
  };
  const worker: Worker = jobQueue.createWorker({ db: deps.db, handlers: utsettelseJobber(utsettelse, post), now });
  return { apollo, context, worker };
}

// defineStartSubgraph owns opening the database and listening; the worker it knows nothing
// about is picked up from createServer here and started once the subgraph listens.
let startedWorker: Worker | undefined;
const startHttp = defineStartSubgraph({
  schemaName: "faktura",
  schema,
  migrationsFolder: join(root, "drizzle"),
  seedDemo,
  createServer: (deps) => {
    const server = createServer(deps);
    startedWorker = server.worker;
    return server;
  },
});

/** Opens the database (migrating it), seeds the demo data when asked, listens, and runs the job worker. */
export const startSubgraph: StartSubgraph = async (options) => {
  const running = await startHttp(options);
  const worker = startedWorker;
  startedWorker = undefined;
  worker?.start();
  return {
    url: running.url,
    async close() {
      await worker?.stop();
      await running.close();
    },
  };
};
