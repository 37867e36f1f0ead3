import { maskPersonIds } from "@minkommune/auth";
import { GraphQLError } from "graphql";

/**
 * A register outside the project could not answer. The field fails with extensions.code
 * UNAVAILABLE and the rest of the response stands; the cause goes to the log only, masked,
 * because an adapter's message could quote a person id.
 */
export function utilgjengelig(kilde: string, cause: unknown): GraphQLError {
  const detalj = cause instanceof Error ? cause.message : String(cause);
  console.error(JSON.stringify({ level: "warn", message: `${kilde} unavailable`, cause: maskPersonIds(detalj) }));
  return new GraphQLError(`${kilde} er ikke tilgjengelig nå`, { extensions: { code: "UNAVAILABLE" } });
}
