import { randomUUID } from "node:crypto";
import { maskPersonIds } from "@minkommune/auth";
import { safeErrorMessage } from "@minkommune/db";
import type { GraphQLFormattedError } from "graphql";

// The original error's message; a failed query's (which lists its parameters) is cut to the database's own.
function logMessage(formatted: GraphQLFormattedError, error: unknown): string {
  let original = error;
  // Apollo and graphql-js each wrap the thrown error in a GraphQLError (maybe from another copy
  // of graphql, so the wrapper is recognised by its originalError, not by instanceof).
  while (original instanceof Error && "originalError" in original && original.originalError instanceof Error) {
    original = original.originalError;
  }
  return original instanceof Error ? safeErrorMessage(original) : formatted.message;
}

/** Writes one line for an unexpected error; tests and the server replace it. */
export type ErrorLog = (line: { level: "error"; errorId: string; message: string; path?: string }) => void;

const consoleLog: ErrorLog = (line) => console.error(JSON.stringify(line));

/**
 * What a subgraph sends for an error. Errors with a code of our own (BAD_USER_INPUT, NOT_FOUND,
 * …) and graphql-js's validation errors go out with person ids masked: graphql-js quotes a
 * wrongly typed value, which may be a fødselsnummer. Anything unexpected (a failed query, a
 * bug) goes out as "Intern feil" with an errorId; the log line keeps the error's own message
 * (for a failed query only the database's, never the query's parameters), masked as well.
 */
export function formatSubgraphError(
  formatted: GraphQLFormattedError,
  error?: unknown,
  log: ErrorLog = consoleLog,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== undefined && code !== "INTERNAL_SERVER_ERROR") {
    return { ...formatted, message: maskPersonIds(formatted.message) };
  }
  const errorId = randomUUID();
  log({
    level: "error",
    errorId,
    message: maskPersonIds(logMessage(formatted, error)),
    ...(formatted.path ? { path: formatted.path.join(".") } : {}),
  });
  return {
    message: "Intern feil",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
  };
}
