import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { INTERNAL_TOKEN_HEADER, type Principal, signInternalToken, TtlCache } from "@minkommune/auth";
import { AuthenticationError, type Authenticator, authenticate } from "./authenticate.ts";

// Internal tokens live 60 s; one is reused for 30 s, so a subgraph never gets one about to expire.
const INTERNAL_TOKEN_REUSE_MS = 30_000;

/** Internal tokens by client request; entries go with their requests. */
const tokens = new WeakMap<Request, string>();

/** Paths that answer without authentication (probes). */
const OPEN_PATHS = new Set(["/healthcheck", "/readiness"]);

function errorResponse(status: number, code: string, message: string): Response {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="min-kommune"';
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers });
}

/** Authenticates a caller's headers and answers the internal token for their principal. */
export type InternalTokenIssuer = (headers: Headers) => Promise<string>;

/**
 * The one way the gateway turns credentials into an internal token: authenticate (throws
 * AuthenticationError for 401, anything else when the login service is unreachable), then sign.
 * The same caller gets the same token for a while instead of a fresh signature on every request.
 */
export function internalTokenIssuer(auth: Authenticator, internalTokenSecret: string): InternalTokenIssuer {
  const signed = new TtlCache<string>(10_000);
  return async (headers) => {
    const principal: Principal = await authenticate(auth, headers);
    const key = JSON.stringify(principal);
    const cached = signed.get(key);
    if (cached) return cached;
    const token = await signInternalToken(principal, internalTokenSecret);
    signed.set(key, token, Date.now() + INTERNAL_TOKEN_REUSE_MS);
    return token;
  };
}

/**
 * Authenticates every GraphQL request once and hands subgraphs a short-lived internal
 * token with the principal; requests that fail authentication never reach a subgraph.
 */
export function useAuthentication(issueToken: InternalTokenIssuer): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (OPEN_PATHS.has(url.pathname)) return;
      try {
        tokens.set(request, await issueToken(request.headers));
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
