import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { createApolloSubgraph, defineStartSubgraph, type SubgraphStartOptions } from "@minkommune/subgraph-kit";
import { parse } from "graphql";
import type { Context } from "./context.ts";
import type { OppgaveDb } from "./db/database.ts";
import * as schema from "./db/schema.ts";
import { createLoaders } from "./loaders.ts";
import { krrHttp } from "./notification/krr/krr-http.ts";
import type { Kontaktregister } from "./notification/krr/krr-person.ts";
import { krrAccessToken } from "./notification/krr/krr-token.ts";
import type { KrrMaskinportenConfig } from "./notification/krr/maskinporten-env.ts";
import type { PurringConfig } from "./purring/config.ts";
import { startPurring } from "./purring/start.ts";
import { resolvers } from "./resolvers/index.ts";
import { seedDemo } from "./seed.ts";

const root = join(import.meta.dirname, "..");

/** What the Oppgave server is built from. */
export interface ServerDeps {
  /** The database; tests pass one opened with a query-counting logger. */
  db: OppgaveDb;
  /** APP_ENV=production; false (local development) when left out. */
  production?: boolean;
  /** KRR for Innbygger.kontaktinformasjon; that field is UNAVAILABLE without one. */
  kontaktregister?: Kontaktregister;
}

/** Builds the Oppgave subgraph and its per-request context; opens nothing and listens nowhere. */
export function createServer(deps: ServerDeps) {
  const apollo = createApolloSubgraph<Context>({
    typeDefs: parse(readFileSync(join(root, "schema.graphql"), "utf8")),
    resolvers,
  });
  const context = (principal: Principal): Context => ({
    principal,
    db: deps.db,
    loaders: createLoaders(deps.db, principal),
    production: deps.production ?? false,
    kontaktregister: deps.kontaktregister ?? null,
  });
  return { apollo, context };
}

/** Start options of the Oppgave subgraph: the shared ones and where reminders go. */
export interface OppgaveStartOptions extends SubgraphStartOptions {
  /** SMTP and KRR for reminders; undefined leaves the reminder worker off. */
  purring?: PurringConfig | undefined;
  /** KRR's base URL for the citizen's contact details; undefined leaves Innbygger.kontaktinformasjon UNAVAILABLE. */
  krrUrl?: string | undefined;
  /** The Maskinporten client every KRR lookup gets its token from; undefined sends none (dev-krr by default). */
  krrMaskinporten?: KrrMaskinportenConfig | undefined;
}

/** Opens the database (migrating it), seeds the demo data when asked, listens, and runs the reminder worker. */
export const startSubgraph = (options: OppgaveStartOptions) => {
  // One token client for the profile's and the reminders' lookups, so they share its token.
  const accessToken = options.krrMaskinporten ? krrAccessToken(options.krrMaskinporten) : undefined;
  const kontaktregister = options.krrUrl ? krrHttp({ url: options.krrUrl, accessToken }) : undefined;
  return defineStartSubgraph({
    schemaName: "oppgave",
    schema,
    migrationsFolder: join(root, "drizzle"),
    seedDemo,
    createServer: (deps) => createServer({ ...deps, ...(kontaktregister ? { kontaktregister } : {}) }),
    startBackground: (db) =>
      options.purring ? startPurring(db, options.purring, { krrAccessToken: accessToken }) : undefined,
  })(options);
};
