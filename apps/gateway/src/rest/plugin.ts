import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { errorMessageResponse } from "./error-message.ts";
import { type GraphQLFetch, operationRunner } from "./execute-operation.ts";
import { jsonLineLog, type RestLog } from "./log.ts";
import { RestError } from "./rest-error.ts";
import type { ForwardRequest } from "./route.ts";
import { matchRoute } from "./routes.ts";

/**
 * Every path under these prefixes belongs to the REST adapter, also the ones it does not have:
 * the KS Oppgave API, the Innsyn index and delete APIs, the document store and citizen downloads.
 */
export const REST_PREFIXES = ["/min-kommune/", "/innsyn-index/", "/dokumentlager/", "/dokumenter/"] as const;

/** True for a path the REST adapter answers. */
export const isRestPath = (pathname: string) => REST_PREFIXES.some((prefix) => pathname.startsWith(prefix));

/** What the REST adapter needs from the gateway. */
export interface RestAdapterOptions {
  /** The gateway runtime's own fetch: operations run in-process through the same plugins. */
  fetchGraphQL: GraphQLFetch;
  /** Authenticates and forwards a document request to the Innsyn subgraph. */
  forwardDocument: ForwardRequest;
  log?: RestLog;
}

async function handle(request: Request, options: RestAdapterOptions, log: RestLog): Promise<Response> {
  try {
    const { handler, params } = matchRoute(request.method, new URL(request.url).pathname);
    return await handler({
      request,
      params,
      run: operationRunner(options.fetchGraphQL, request),
      forward: options.forwardDocument,
    });
  } catch (error) {
    const failure =
      error instanceof RestError ? error : new RestError(500, "INTERNAL_ERROR", "Systemfeil", { cause: error });
    return errorMessageResponse(request, failure, log);
  }
}

/**
 * The Fiks REST adapter as a gateway plugin: it answers requests under REST_PREFIXES before
 * GraphQL authentication runs. Each JSON endpoint runs one named operation through the gateway,
 * where that authentication applies to the forwarded credentials; document routes are
 * authenticated by the same Authenticator and forwarded as HTTP.
 */
export function useRestAdapter(options: RestAdapterOptions): GatewayPlugin {
  const log = options.log ?? jsonLineLog;
  return {
    async onRequest({ request, url, endResponse }) {
      if (isRestPath(url.pathname)) endResponse(await handle(request, options, log));
    },
  };
}
