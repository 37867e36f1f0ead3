import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import http from "@graphql-mesh/transport-http";
import { type Database, openDatabase } from "@minkommune/db";
import type { Authenticator } from "./auth/authenticate.ts";
import { type IssuerConfig, TrustedIssuer } from "./auth/issuer.ts";
import { internalTokenHeaders, internalTokenIssuer, useAuthentication } from "./auth/plugin.ts";
import { type GatewaySchema, schema } from "./db/schema.ts";
import { IntegrasjonRegistry } from "./integrasjon/registry.ts";
import { seedDemoIntegrasjoner } from "./integrasjon/seed.ts";
import { useQueryLimits } from "./query-limits-plugin.ts";
import { documentForwarder } from "./rest/dokument-proxy.ts";
import type { RestLog } from "./rest/log.ts";
import { useRestAdapter } from "./rest/plugin.ts";
import { useAccessStatus } from "./status-plugin.ts";
import { loadSupergraph, type SubgraphUrls } from "./supergraph.ts";

/** What the gateway is built from. */
export interface GatewayDeps {
  db: Database<GatewaySchema>;
  subgraphUrls: SubgraphUrls;
  idporten: IssuerConfig;
  maskinporten: IssuerConfig;
  internalTokenSecret: string;
  innbyggerIdSecret: string;
  /** Extra plugins, e.g. instrumentation in tests and benchmarks. */
  plugins?: GatewayPlugin[];
  /** Where the REST adapter writes its error lines; JSON lines on stderr by default. */
  restLog?: RestLog;
}

/** Builds the gateway runtime (GraphQL at /graphql, the REST adapter beside it) without listening. */
export function createGateway(deps: GatewayDeps) {
  const auth: Authenticator = {
    idporten: new TrustedIssuer(deps.idporten),
    maskinporten: new TrustedIssuer(deps.maskinporten),
    registry: new IntegrasjonRegistry(deps.db),
    innbyggerIdSecret: deps.innbyggerIdSecret,
  };
  const issueToken = internalTokenIssuer(auth, deps.internalTokenSecret);
  // The REST adapter runs its operations through this same runtime, so they meet the same plugins;
  // its document routes are authenticated by the same issuer and forwarded to Innsyn.
  const rest = useRestAdapter({
    fetchGraphQL: async (request) => runtime.fetch(request),
    forwardDocument: documentForwarder(deps.subgraphUrls.innsyn, issueToken),
    log: deps.restLog,
  });
  const runtime = createGatewayRuntime({
    supergraph: loadSupergraph(deps.subgraphUrls),
    transports: { http },
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/healthcheck",
    readinessCheckEndpoint: "/readiness",
    landingPage: false,
    graphiql: false,
    logging: "warn",
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => internalTokenHeaders(request) },
    plugins: () => [rest, useAuthentication(issueToken), useQueryLimits(), useAccessStatus(), ...(deps.plugins ?? [])],
  });
  return runtime;
}

/** Options for a running gateway. */
export interface StartGatewayOptions extends Omit<GatewayDeps, "db"> {
  databaseUrl?: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  seedDemo: boolean;
}

/** Opens the integration registry, seeds the demo integrations when asked, and listens. */
export async function startGateway(options: StartGatewayOptions) {
  const database = await openDatabase({
    schemaName: "gateway",
    schema,
    migrationsFolder: join(import.meta.dirname, "../drizzle"),
    url: options.databaseUrl,
    dataDir: options.dataDir,
  });
  if (options.seedDemo) await seedDemoIntegrasjoner(new IntegrasjonRegistry(database.db));
  const runtime = createGateway({ ...options, db: database.db });
  const server = createHttpServer(runtime);
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    /** The integration registry this gateway authenticates against. */
    registry: new IntegrasjonRegistry(database.db),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await runtime.dispose();
      await database.close();
    },
  };
}
