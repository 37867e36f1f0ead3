import { randomUUID } from "node:crypto";
import { maskPersonIds } from "@minkommune/auth";
import type { GraphQLFormattedError } from "graphql";

/** Writes one line for an unexpected error; tests and the server replace it. */
export type ErrorLog = (line: { level: "error"; errorId: string; message: string; path?: string }) => void;

const consoleLog: ErrorLog = (line) => console.error(JSON.stringify(line));

/**
 * What a subgraph sends for an error. Errors with a code of our own (BAD_USER_INPUT, NOT_FOUND,
 * …) and graphql-js's validation errors go out with person ids masked: graphql-js quotes a
 * wrongly typed value, which may be a fødselsnummer. Anything unexpected (a failed query, a
 * bug) goes out as "Intern feil" with an errorId; its text, which can hold SQL and parameters,
 * stays in the log line, masked as well.
 */
export function formatSubgraphError(
  formatted: GraphQLFormattedError,
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
    message: maskPersonIds(formatted.message),
    ...(formatted.path ? { path: formatted.path.join(".") } : {}),
  });
  return {
    message: "Intern feil",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
  };
}
