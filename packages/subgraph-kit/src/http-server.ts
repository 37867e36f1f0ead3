import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import { INTERNAL_TOKEN_HEADER, type Principal, TtlCache, verifyInternalTokenUntil } from "@minkommune/auth";
import type { BaseContext } from "./access.ts";

/** The largest GraphQL request body a subgraph accepts. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** An extra HTTP route beside /graphql, served only to callers with a valid internal token. */
export type Route = (request: IncomingMessage, response: ServerResponse, principal: Principal) => Promise<boolean>;

/** How to serve a subgraph over HTTP. */
export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  internalTokenSecret: string;
  /** Builds the per-request context (data loaders, database) for a verified principal. */
  context: (principal: Principal) => TContext;
  host: string;
  port: number;
  /** Routes tried before /graphql; a route returns true when it answered. */
  routes?: Route[];
}

/** A listening subgraph. */
export interface RunningSubgraph {
  url: string;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The principal in the request's internal token, or null. The gateway reuses a token for many
 * requests, so a verified token is remembered until it expires and its HMAC is checked once.
 */
function internalTokenAuthenticator(secret: string) {
  const verified = new TtlCache<Principal>(10_000);
  return async (request: IncomingMessage): Promise<Principal | null> => {
    const token = request.headers[INTERNAL_TOKEN_HEADER];
    if (typeof token !== "string") return null;
    const cached = verified.get(token);
    if (cached) return cached;
    try {
      const { principal, expires } = await verifyInternalTokenUntil(token, secret);
      verified.set(token, principal, expires);
      return principal;
    } catch {
      return null;
    }
  };
}

const unauthenticated = {
  errors: [{ message: "Mangler gyldig intern token fra gatewayen", extensions: { code: "UNAUTHENTICATED" } }],
};

/**
 * Serves a subgraph: GET /health for probes, everything else only with the gateway's
 * internal token (401 without it), so a subgraph is useless when reached directly.
 */
export async function serveSubgraph<TContext extends BaseContext>(
  options: ServeOptions<TContext>,
): Promise<RunningSubgraph> {
  await options.apollo.start();
  const authenticate = internalTokenAuthenticator(options.internalTokenSecret);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://subgraph");
      if (url.pathname === "/health") return sendJson(response, 200, { status: "ok" });
      const principal = await authenticate(request);
      if (!principal) return sendJson(response, 401, unauthenticated);
      for (const route of options.routes ?? []) {
        if (await route(request, response, principal)) return;
      }
      if (url.pathname !== "/graphql") return sendJson(response, 404, { message: "Not found" });
      const raw = request.method === "POST" ? await readBody(request) : "";
      if (raw === null) return sendJson(response, 413, { errors: [{ message: "Request body too large" }] });
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(response, 400, {
          errors: [{ message: "Body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
        });
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (typeof value === "string") headers.set(key, value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
        context: async () => options.context(principal),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") return response.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    } catch (error) {
      console.error("subgraph request failed", error instanceof Error ? error.message : error);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: "Internal error" }] });
      else response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await options.apollo.stop();
    },
  };
}
