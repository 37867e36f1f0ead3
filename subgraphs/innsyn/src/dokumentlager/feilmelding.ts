import { randomUUID } from "node:crypto";
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";

/** A refused or failed document request, answered as a Fiks ErrorMessage. */
export interface Feil {
  status: number;
  message: string;
  errorCode?: string;
  /** Details such as the offending `field`; also sent JSON-encoded as the older errorJson. */
  details?: Record<string, unknown>;
  /** For the log only (5xx): what went wrong inside. Never sent to the caller. */
  cause?: unknown;
}

/** A client mistake in one named part of the request. */
export const ugyldig = (field: string, message: string, status = 400): Feil => ({
  status,
  message,
  errorCode: "DOKUMENTLAGER.UGYLDIG_FORESPORSEL",
  details: { field },
});

/**
 * Sends the Fiks ErrorMessage (`timestamp`, `status`, `error`, `errorId`, `path`, `message`,
 * `errorCode`, `errorDetails`/`errorJson`) and writes one log line with the same errorId.
 * Paths here hold only organisation and document ids, never a person id.
 */
export function sendFeil(request: IncomingMessage, response: ServerResponse, feil: Feil, headers = {}): void {
  const errorId = randomUUID();
  const path = new URL(request.url ?? "/", "http://subgraph").pathname;
  const line = {
    level: feil.status >= 500 ? "error" : "warn",
    msg: "dokumentlager request failed",
    errorId,
    status: feil.status,
    errorCode: feil.errorCode,
    method: request.method,
    path,
    ...(feil.status >= 500 && feil.cause
      ? { cause: feil.cause instanceof Error ? feil.cause.message : String(feil.cause) }
      : {}),
  };
  if (feil.status >= 500) console.error(JSON.stringify(line));
  else console.warn(JSON.stringify(line));
  const body = {
    timestamp: Date.now(),
    status: feil.status,
    error: STATUS_CODES[feil.status] ?? "Error",
    errorId,
    path,
    message: feil.message,
    ...(feil.errorCode ? { errorCode: feil.errorCode } : {}),
    ...(feil.details ? { errorDetails: feil.details, errorJson: JSON.stringify(feil.details) } : {}),
  };
  response
    .writeHead(feil.status, { "content-type": "application/json", "cache-control": "no-store", ...headers })
    .end(JSON.stringify(body));
}
