import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import type { Database } from "@minkommune/db";
import {
  createApolloSubgraph,
  defineStartSubgraph,
  forbidden,
  type StartSubgraph,
  standardTilgangskilde,
  type Tilgangskilde,
  tilgangerForPerson,
} from "@minkommune/subgraph-kit";
import { parse } from "graphql";
import type { Context } from "./context.ts";
import { type InnsynSchema, schema } from "./db/schema.ts";
import type { Innsyner } from "./db/synlighet.ts";
import { dokumentRoute } from "./dokument-route.ts";
import type { Dokumentlager } from "./dokumentlager/dokumentlager.ts";
import { dokumentInnstillinger } from "./dokumentlager/innstillinger.ts";
import { opplastingRoute } from "./dokumentlager/opplasting-route.ts";
import { postgresDokumentlager } from "./dokumentlager/postgres-dokumentlager.ts";
import { createFeiingWorker, planleggFeiing } from "./feiing.ts";
import { createLoaders } from "./loaders.ts";
import { resolvers } from "./resolvers/index.ts";
import { seedDemo } from "./seed.ts";

const root = join(import.meta.dirname, "..");
/** Innsyn's SDL, the same file composition reads. */
export const typeDefs = parse(readFileSync(join(root, "schema.graphql"), "utf8"));

/** The default upload limit: 20 MiB, as large as a scanned letter with attachments reasonably gets. */
export const MAKS_DOKUMENT_STORRELSE = 20 * 1024 * 1024;

/** What the Innsyn subgraph is built from. */
export interface InnsynDeps {
  db: Database<InnsynSchema>;
  /** Where organisation roles and property ownership come from; the fixture adapter by default. */
  tilgangskilde?: Tilgangskilde;
  /** Where document content is kept; PostgreSQL (the same database) by default. */
  dokumentlager?: Dokumentlager;
  /** The largest document an integration may upload, in bytes; 20 MiB by default. */
  maksDokumentStorrelse?: number;
  /** Prefix of the download link an upload returns, e.g. the web app's origin; "" by default. */
  dokumentlenkeBase?: string;
  /** In production the demo fixtures grant nothing: no rights beyond the citizen's own id until Altinn/Matrikkel adapters exist. */
  production?: boolean;
}

/** Builds the Innsyn subgraph for a database, without listening. */
export function createServer(deps: InnsynDeps) {
  const apollo = createApolloSubgraph<Context>({ typeDefs, resolvers });
  const tilgangskilde = deps.tilgangskilde ?? standardTilgangskilde({ production: deps.production ?? false });
  const context = (principal: Principal): Context => {
    let memo: Promise<Innsyner | null> | undefined;
    const maybeInnsyner = () => {
      memo ??=
        principal.type === "innbygger"
          ? tilgangerForPerson(tilgangskilde, principal.pid).then((t) => ({
              pid: principal.pid,
              niva: principal.niva,
              ...t,
            }))
          : Promise.resolve(null);
      return memo;
    };
    return {
      principal,
      db: deps.db,
      loaders: createLoaders(deps.db, maybeInnsyner),
      async innsyner() {
        const innsyner = await maybeInnsyner();
        if (!innsyner) throw forbidden("Krever innlogget innbygger");
        return innsyner;
      },
    };
  };
  const lager = deps.dokumentlager ?? postgresDokumentlager(deps.db);
  const routes = [
    dokumentRoute(deps.db, lager, tilgangskilde),
    opplastingRoute({
      lager,
      maksStorrelse: deps.maksDokumentStorrelse ?? MAKS_DOKUMENT_STORRELSE,
      lenkeBase: deps.dokumentlenkeBase ?? "",
    }),
  ];
  return { apollo, context, routes };
}

/** Starts the job worker whose sweeper rounds remove deleted and expired meldinger. */
function startFeiing(db: Database<InnsynSchema>) {
  const worker = createFeiingWorker(db);
  worker.start();
  const planned = planleggFeiing(db).catch((error) =>
    console.error("innsyn could not schedule the sweeper", error instanceof Error ? error.message : error),
  );
  return {
    async stop() {
      await planned;
      await worker.stop();
    },
  };
}

/** Opens the database (migrating it), seeds the demo data when asked, starts the sweeper, and listens. */
export const startSubgraph: StartSubgraph = defineStartSubgraph({
  schemaName: "innsyn",
  schema,
  migrationsFolder: join(root, "drizzle"),
  seedDemo,
  createServer: (deps) => createServer({ ...deps, ...dokumentInnstillinger(process.env) }),
  startBackground: startFeiing,
});
