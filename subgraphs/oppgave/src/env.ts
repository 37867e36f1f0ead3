import { defaultDataDir } from "@minkommune/db";
import { readSubgraphEnv, type SubgraphStartOptions } from "@minkommune/subgraph-kit";

/** The Oppgave subgraph's default port. */
export const OPPGAVE_PORT = 4002;

/** The only reader of process.env here: start options from the shared subgraph variables. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): SubgraphStartOptions {
  const parsed = readSubgraphEnv(OPPGAVE_PORT, env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR ?? defaultDataDir(),
    host: parsed.HOST,
    port: parsed.PORT,
    internalTokenSecret: parsed.INTERNAL_TOKEN_SECRET,
    seedDemo: parsed.SEED_DEMO,
  };
}
