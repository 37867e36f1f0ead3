/** Details a client can act on, e.g. the offending field, the id of an existing oppgave or the invalid meldinger. */
export type ErrorDetails = Record<string, unknown>;

/** A request the adapter answers with a Fiks ErrorMessage instead of a result. */
export class RestError extends Error {
  /** HTTP status of the answer. */
  readonly status: number;
  /** Machine-readable reason, stable across releases (the Fiks `errorCode`). */
  readonly errorCode: string;
  /** Sent as `errorDetails` and, for older Fiks clients, JSON-encoded as `errorJson`. */
  readonly details: ErrorDetails | undefined;
  /** Extra response headers, e.g. Allow on a 405. */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    errorCode: string,
    message: string,
    options: { details?: ErrorDetails; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = status;
    this.errorCode = errorCode;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** A client mistake in one named field of the request (path parameter or body property). */
export const badField = (field: string, message: string) =>
  new RestError(400, "BAD_USER_INPUT", `${field}: ${message}`, { details: { field } });
