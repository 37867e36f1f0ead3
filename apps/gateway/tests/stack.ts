import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createTestDatabase } from "@minkommune/db/testing";
import { createDevIdp, generateSigningJwks, type PrivateJwks } from "@minkommune/dev-idp";
import { startSubgraph as startFaktura } from "@minkommune/faktura";
import { startSubgraph as startInnsyn } from "@minkommune/innsyn";
import { startSubgraph as startOppgave } from "@minkommune/oppgave";
import { startGateway } from "../src/server.ts";

export const INTERNAL_SECRET = "gateway-test-internal-secret-0123456789abcdef";
export const INNBYGGER_SECRET = "gateway-test-innbygger-secret-0123456789abcdef";

/** The whole house on loopback: dev-idp, three seeded subgraphs on fresh databases, and the gateway. */
export async function startStack(plugins: GatewayPlugin[] = []) {
  const jwks: PrivateJwks = await generateSigningJwks();
  const idp = await createDevIdp({ port: 0, jwks });
  const databases = await Promise.all([1, 2, 3, 4].map(() => createTestDatabase()));
  const common = { dataDir: "", host: "127.0.0.1", port: 0, internalTokenSecret: INTERNAL_SECRET, seedDemo: true };
  const [innsyn, oppgave, faktura] = await Promise.all([
    startInnsyn({ ...common, databaseUrl: databases[0]?.url }),
    startOppgave({ ...common, databaseUrl: databases[1]?.url }),
    startFaktura({ ...common, databaseUrl: databases[2]?.url }),
  ]);
  if (!innsyn || !oppgave || !faktura) throw new Error("a subgraph did not start");
  const gateway = await startGateway({
    ...common,
    databaseUrl: databases[3]?.url,
    innbyggerIdSecret: INNBYGGER_SECRET,
    subgraphUrls: { innsyn: innsyn.url, oppgave: oppgave.url, faktura: faktura.url },
    idporten: { issuer: idp.idportenIssuer, audience: "minkommune-api" },
    maskinporten: { issuer: idp.maskinportenIssuer, audience: "minkommune-api" },
    plugins,
  });
  return {
    idp,
    jwks,
    innsynUrl: innsyn.url,
    graphqlUrl: `${gateway.url}/graphql`,
    async close() {
      await gateway.close();
      await Promise.all([innsyn.close(), oppgave.close(), faktura.close()]);
      await idp.close();
      await Promise.all(databases.map((d) => d.drop()));
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
