/** Apollo Gateway on the same supergraph, for the bake-off (see ../gateway-bakeoff.ts). */
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { INTERNAL_TOKEN_HEADER } from "@minkommune/auth";
import { loadSupergraph } from "../../src/supergraph.ts";
import { benchEngineSetup, PRINCIPAL_HEADER } from "./bench-tokens.ts";

interface Context {
  principal: string | undefined;
}

const setup = await benchEngineSetup();
const gateway = new ApolloGateway({
  supergraphSdl: loadSupergraph(setup.urls),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource<Context>({
      url,
      willSendRequest({ request, context }) {
        request.http?.headers.set(INTERNAL_TOKEN_HEADER, setup.tokenFor(context.principal));
      },
    }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: setup.port, host: setup.host },
  context: async ({ req }) => ({ principal: req.headers[PRINCIPAL_HEADER] as string | undefined }),
});
console.log(`apollo gateway ready at ${url}`);
process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
