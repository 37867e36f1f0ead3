import { type FieldNames, type GraphQLErrorBody, restErrorFrom } from "./graphql-errors.ts";
import type { NamedOperation } from "./operations.ts";
import { RestError } from "./rest-error.ts";

/** Sends a GraphQL request through the gateway runtime in-process, with all its plugins. */
export type GraphQLFetch = (request: Request) => Promise<Response>;

/** The caller's credentials; the gateway authenticates them exactly as for GraphQL callers. */
const FORWARDED_HEADERS = ["authorization", "integrasjonid", "integrasjonpassord"] as const;

/** Runs one named operation for a REST request; the result's data, or a RestError. */
export type RunOperation = (
  operation: NamedOperation,
  variables: Record<string, unknown>,
  names: FieldNames,
) => Promise<Record<string, unknown>>;

/** Binds operation execution to the REST request whose credentials it forwards. */
export function operationRunner(fetchGraphQL: GraphQLFetch, request: Request): RunOperation {
  return async (operation, variables, names) => {
    const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const response = await fetchGraphQL(
      new Request("http://gateway.internal/graphql", {
        method: "POST",
        headers,
        body: JSON.stringify({ ...operation, variables }),
      }),
    );
    const result = (await response.json().catch(() => null)) as {
      data?: Record<string, unknown> | null;
      errors?: GraphQLErrorBody[];
    } | null;
    if (!result) throw new RestError(500, "INTERNAL_ERROR", "Systemfeil", { cause: `GraphQL ${response.status}` });
    if (result.errors?.length) throw restErrorFrom(result.errors, names);
    if (!result.data) throw new RestError(500, "INTERNAL_ERROR", "Systemfeil", { cause: "no data" });
    return result.data;
  };
}
