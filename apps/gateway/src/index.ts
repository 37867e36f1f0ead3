import { defaultDataDir } from "@minkommune/db";
import { closeOnSignal } from "@minkommune/subgraph-kit";
import { readGatewayEnv } from "./env.ts";
import { startGateway } from "./server.ts";

const env = readGatewayEnv();
const gateway = await startGateway({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR ?? defaultDataDir(),
  host: env.HOST,
  port: env.PORT,
  seedDemo: env.SEED_DEMO,
  internalTokenSecret: env.INTERNAL_TOKEN_SECRET,
  innbyggerIdSecret: env.INNBYGGER_ID_SECRET,
  subgraphUrls: { innsyn: env.INNSYN_URL, oppgave: env.OPPGAVE_URL, faktura: env.FAKTURA_URL },
  idporten: { issuer: env.IDPORTEN_ISSUER, audience: env.IDPORTEN_AUDIENCE, jwksUri: env.IDPORTEN_JWKS_URI },
  maskinporten: {
    issuer: env.MASKINPORTEN_ISSUER,
    audience: env.MASKINPORTEN_AUDIENCE,
    jwksUri: env.MASKINPORTEN_JWKS_URI,
  },
});
console.log(`gateway ready at ${gateway.url}/graphql`);
// The Hive runtime installs no signal handler of its own; close the server and database here.
closeOnSignal("gateway", gateway.close);
