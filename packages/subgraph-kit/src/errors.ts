import { GraphQLError } from "graphql";

/** Error codes every subgraph uses; the gateway and REST adapter map them to HTTP statuses. */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** A typed GraphQL error; `field` names the offending input so callers can show it. */
export function graphQLError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...(field ? { field } : {}), http: { status: HTTP_STATUS[code] } },
  });
}

/** The caller is not who the operation needs (wrong kind of principal or missing privilege). */
export const forbidden = (message = "Ingen tilgang") => graphQLError("FORBIDDEN", message);

/** A client mistake in one input field. */
export const badInput = (field: string, message: string) => graphQLError("BAD_USER_INPUT", message, field);

/** Not found, or not visible to the caller: the two are never told apart. */
export const notFound = (message = "Fant ikke ressursen") => graphQLError("NOT_FOUND", message);

/**
 * The request clashes with what is already stored (e.g. an idempotency key reused for another
 * body); `details` go into extensions, such as the id of the existing resource.
 */
export function conflict(message: string, field: string, details: Record<string, unknown> = {}): GraphQLError {
  const error = graphQLError("CONFLICT", message, field);
  Object.assign(error.extensions, details);
  return error;
}
