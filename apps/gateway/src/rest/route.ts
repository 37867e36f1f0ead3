import type { RunOperation } from "./execute-operation.ts";

/** Sends the request on to the subgraph that serves it as HTTP (files are not GraphQL). */
export type ForwardRequest = (request: Request) => Promise<Response>;

/** What a route handler gets: the request, its path parameters, the operation runner and the forwarder. */
export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  run: RunOperation;
  forward: ForwardRequest;
}

/** Answers one method on one path. */
export type RouteHandler = (context: RouteContext) => Promise<Response> | Response;

/** JSON response headers every adapter answer carries. */
export const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" } as const;

/** A JSON response with the given status. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}
