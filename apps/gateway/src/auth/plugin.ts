import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { INTERNAL_TOKEN_HEADER, signInternalToken } from "@minkommune/auth";
import { AuthenticationError, type Authenticator, authenticate } from "./authenticate.ts";

/** Internal tokens by client request; entries go with their requests. */
const tokens = new WeakMap<Request, string>();

/** Paths that answer without authentication (probes). */
const OPEN_PATHS = new Set(["/healthcheck", "/readiness"]);

function errorResponse(status: number, code: string, message: string): Response {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="min-kommune"';
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers });
}

/**
 * Authenticates every GraphQL request once and hands subgraphs a short-lived internal
 * token with the principal; requests that fail authentication never reach a subgraph.
 */
export function useAuthentication(auth: Authenticator, internalTokenSecret: string): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (OPEN_PATHS.has(url.pathname)) return;
      try {
        const principal = await authenticate(auth, request.headers);
        tokens.set(request, await signInternalToken(principal, internalTokenSecret));
      } catch (error) {
        if (error instanceof AuthenticationError)
          return endResponse(errorResponse(401, "UNAUTHENTICATED", error.message));
        console.error("authentication unavailable:", error instanceof Error ? error.message : error);
        endResponse(errorResponse(503, "SERVICE_UNAVAILABLE", "Innloggingstjenesten svarer ikke"));
      }
    },
  };
}

/** Headers for a subgraph call: the internal token made for the client's request. */
export function internalTokenHeaders(request: Request): Record<string, string> | undefined {
  const token = tokens.get(request);
  return token ? { [INTERNAL_TOKEN_HEADER]: token } : undefined;
}
