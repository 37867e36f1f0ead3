import { INTERNAL_TOKEN_HEADER, innbyggerIdFor, type Principal, signInternalToken } from "@minkommune/auth";

/** Secrets used by test suites only. */
export const TEST_INTERNAL_TOKEN_SECRET = "test-internal-token-secret-0123456789abcdef";
export const TEST_INNBYGGER_ID_SECRET = "test-innbygger-id-secret-0123456789abcdef";

/** A citizen principal as the gateway would build it. */
export function innbygger(pid: string, niva: 3 | 4 = 4): Principal {
  return { type: "innbygger", pid, niva, innbyggerId: innbyggerIdFor(pid, TEST_INNBYGGER_ID_SECRET) };
}

/** The shape of a GraphQL response in tests. */
export interface GraphQLResult<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Calls a running subgraph over HTTP as the gateway would, with a signed internal token. */
export async function callSubgraph<TData = Record<string, unknown>>(
  url: string,
  principal: Principal | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<TData>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (principal) headers[INTERNAL_TOKEN_HEADER] = await signInternalToken(principal, TEST_INTERNAL_TOKEN_SECRET);
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<TData>, "status">) };
}
