import { defaultDataDir } from "@minkommune/db";
import { readSubgraphEnv } from "@minkommune/subgraph-kit";
import { readKrrMaskinportenEnv } from "./notification/krr/maskinporten-env.ts";
import { readKrrUrl, readPurringEnv } from "./purring/env.ts";
import type { OppgaveStartOptions } from "./server.ts";

/** The Oppgave subgraph's default port. */
export const OPPGAVE_PORT = 4002;

/** The only reader of process.env here: the shared subgraph variables, the reminder and KRR settings. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): OppgaveStartOptions {
  const parsed = readSubgraphEnv(OPPGAVE_PORT, env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR ?? defaultDataDir(),
    host: parsed.HOST,
    port: parsed.PORT,
    internalTokenSecret: parsed.INTERNAL_TOKEN_SECRET,
    seedDemo: parsed.SEED_DEMO,
    production: parsed.PRODUCTION,
    purring: readPurringEnv(env, parsed.PRODUCTION),
    krrUrl: readKrrUrl(env, parsed.PRODUCTION),
    krrMaskinporten: readKrrMaskinportenEnv(env, parsed.PRODUCTION),
  };
}
