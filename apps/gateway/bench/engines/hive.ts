/** The Hive Gateway runtime with no plugins of ours, for the bake-off (see ../gateway-bakeoff.ts). */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import http from "@graphql-mesh/transport-http";
import { INTERNAL_TOKEN_HEADER } from "@minkommune/auth";
import { loadSupergraph } from "../../src/supergraph.ts";
import { benchEngineSetup, PRINCIPAL_HEADER } from "./bench-tokens.ts";

const setup = await benchEngineSetup();
const runtime = createGatewayRuntime({
  supergraph: loadSupergraph(setup.urls),
  transports: { http },
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  logging: "warn",
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      [INTERNAL_TOKEN_HEADER]: setup.tokenFor(request.headers.get(PRINCIPAL_HEADER)),
    }),
  },
});
const server = createServer(runtime);
server.listen(setup.port, setup.host, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`hive gateway ready at http://${setup.host}:${port}/graphql`);
});
process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close(async () => {
    await runtime.dispose();
    process.exit(0);
  });
});
