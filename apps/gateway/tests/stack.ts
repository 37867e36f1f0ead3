import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createTestDatabase } from "@minkommune/db/testing";
import { createDevIdp, generateSigningJwks, type PrivateJwks } from "@minkommune/dev-idp";
import type { SubgraphStartOptions } from "@minkommune/subgraph-kit";
import type { RestLog } from "../src/rest/log.ts";
import { startGateway } from "../src/server.ts";
import type { SubgraphUrls } from "../src/supergraph.ts";

export const INTERNAL_SECRET = "gateway-test-internal-secret-0123456789abcdef";
export const INNBYGGER_SECRET = "gateway-test-innbygger-secret-0123456789abcdef";

/** A subgraph of the house. */
export type SubgraphName = keyof SubgraphUrls;

const STARTERS = {
  innsyn: async () => (await import("@minkommune/innsyn")).startSubgraph,
  oppgave: async () => (await import("@minkommune/oppgave")).startSubgraph,
  faktura: async () => (await import("@minkommune/faktura")).startSubgraph,
} as const;

// Where a subgraph left out of a stack "listens": nothing does, so a call there fails loudly.
const NOWHERE = "http://127.0.0.1:9/graphql";

/** What to start besides the dev-idp and the gateway. */
export interface StackOptions {
  /** Extra gateway plugins, e.g. to watch subgraph calls. */
  plugins?: GatewayPlugin[];
  /** The subgraphs to start, each seeded on a fresh database; all three unless given. */
  subgraphs?: SubgraphName[];
  /** Where the REST adapter writes its error lines. */
  restLog?: RestLog;
}

async function startSubgraphs(names: SubgraphName[], common: Omit<SubgraphStartOptions, "databaseUrl">) {
  return Promise.all(
    names.map(async (name) => {
      const database = await createTestDatabase();
      const start = await STARTERS[name]();
      const server = await start({ ...common, databaseUrl: database.url });
      if (!server) throw new Error(`subgraph ${name} did not start`);
      return { name, database, server };
    }),
  );
}

/** The house on loopback: dev-idp, seeded subgraphs on fresh databases, and the gateway. */
export async function startStack(options: StackOptions = {}) {
  const jwks: PrivateJwks = await generateSigningJwks();
  const idp = await createDevIdp({ port: 0, jwks });
  const common = { dataDir: "", host: "127.0.0.1", port: 0, internalTokenSecret: INTERNAL_SECRET, seedDemo: true };
  const started = await startSubgraphs(options.subgraphs ?? ["innsyn", "oppgave", "faktura"], common);
  const urlOf = (name: SubgraphName) => started.find((s) => s.name === name)?.server.url ?? NOWHERE;
  const gatewayDatabase = await createTestDatabase();
  const gateway = await startGateway({
    ...common,
    databaseUrl: gatewayDatabase.url,
    innbyggerIdSecret: INNBYGGER_SECRET,
    subgraphUrls: { innsyn: urlOf("innsyn"), oppgave: urlOf("oppgave"), faktura: urlOf("faktura") },
    idporten: { issuer: idp.idportenIssuer, audience: "minkommune-api" },
    maskinporten: { issuer: idp.maskinportenIssuer, audience: "minkommune-api" },
    plugins: options.plugins ?? [],
    ...(options.restLog ? { restLog: options.restLog } : {}),
  });
  return {
    idp,
    jwks,
    url: gateway.url,
    registry: gateway.registry,
    innsynUrl: urlOf("innsyn"),
    /** Where a started subgraph listens, for tests that look behind the gateway. */
    subgraphUrl: urlOf,
    graphqlUrl: `${gateway.url}/graphql`,
    async close() {
      await gateway.close();
      await Promise.all(started.map((s) => s.server.close()));
      await idp.close();
      await Promise.all([gatewayDatabase, ...started.map((s) => s.database)].map((d) => d.drop()));
    },
  };
}

/** POSTs a GraphQL operation to the gateway with the given headers. */
export async function post(url: string, headers: Record<string, string>, query: string, variables?: object) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, ...body };
}
