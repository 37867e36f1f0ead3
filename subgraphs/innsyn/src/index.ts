import { defaultDataDir } from "@minkommune/db";
import { closeOnSignal } from "@minkommune/subgraph-kit";
import { env } from "./env.ts";
import { startSubgraph } from "./server.ts";

const running = await startSubgraph({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR ?? defaultDataDir(),
  host: env.HOST,
  port: env.PORT,
  internalTokenSecret: env.INTERNAL_TOKEN_SECRET,
  seedDemo: env.SEED_DEMO,
  production: env.PRODUCTION,
});
console.log(`innsyn subgraph ready at ${running.url}`);
closeOnSignal("innsyn", running.close);
