import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import { maskPersonIds } from "@minkommune/auth";
import type { RestLog } from "./log.ts";
import type { RestError } from "./rest-error.ts";
import { JSON_HEADERS } from "./route.ts";

/**
 * The Fiks ErrorMessage for a failed request, and one log line with the same errorId so
 * support can find it. The line names the route and the reason, never the body or a person id.
 */
export function errorMessageResponse(request: Request, error: RestError, log: RestLog): Response {
  const errorId = randomUUID();
  const path = new URL(request.url).pathname;
  const body = {
    timestamp: Date.now(),
    status: error.status,
    error: STATUS_CODES[error.status] ?? "Error",
    errorId,
    path,
    message: maskPersonIds(error.message),
    errorCode: error.errorCode,
    ...(error.details ? { errorJson: JSON.stringify(error.details), errorDetails: error.details } : {}),
  };
  log({
    level: error.status >= 500 ? "error" : "warn",
    msg: "rest request failed",
    errorId,
    status: error.status,
    errorCode: error.errorCode,
    method: request.method,
    path,
    ...(typeof error.details?.field === "string" ? { field: maskPersonIds(error.details.field) } : {}),
    ...(error.status >= 500 && error.cause ? { cause: maskPersonIds(describe(error.cause)) } : {}),
  });
  const headers = { ...JSON_HEADERS, ...error.headers };
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
