import { defaultDataDir } from "@minkommune/db";
import { readSubgraphEnv, type SubgraphStartOptions } from "@minkommune/subgraph-kit";

/** The Faktura subgraph's default port. */
export const FAKTURA_PORT = 4003;

/** The only reader of process.env here: start options from the shared subgraph variables. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): SubgraphStartOptions {
  const parsed = readSubgraphEnv(FAKTURA_PORT, env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR ?? defaultDataDir(),
    host: parsed.HOST,
    port: parsed.PORT,
    internalTokenSecret: parsed.INTERNAL_TOKEN_SECRET,
    seedDemo: parsed.SEED_DEMO,
    production: parsed.PRODUCTION,
  };
}
