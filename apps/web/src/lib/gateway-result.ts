/** One GraphQL error as the gateway reports it. */
export interface GatewayGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Why a gateway call produced no data at all. */
export type GatewayFailure =
  | { kind: "unauthenticated" }
  | { kind: "network"; message: string }
  | { kind: "http"; status: number }
  | { kind: "graphql"; errors: GatewayGraphQLError[] };

/** A gateway call: data (possibly partial, with the errors of the parts that failed) or why there is none. */
export type GatewayResult<TData> =
  | { ok: true; data: TData; errors: GatewayGraphQLError[] }
  | { ok: false; error: GatewayFailure };

const UNAUTHENTICATED_CODES = new Set(["UNAUTHENTICATED", "UNAUTHORIZED"]);

/**
 * Interprets a gateway HTTP response. Partial data is kept: a subgraph that failed nulls only
 * its part, and the page shows the rest. A rejected token reads as "log in again".
 */
export function interpretGatewayResponse<TData>(status: number, body: unknown): GatewayResult<TData> {
  const parsed = typeof body === "object" && body !== null ? (body as { data?: unknown; errors?: unknown }) : {};
  const errors = Array.isArray(parsed.errors) ? (parsed.errors as GatewayGraphQLError[]) : [];
  const unauthenticated = status === 401 || errors.some((e) => UNAUTHENTICATED_CODES.has(e.extensions?.code ?? ""));
  if (unauthenticated) return { ok: false, error: { kind: "unauthenticated" } };
  if (parsed.data !== undefined && parsed.data !== null) return { ok: true, data: parsed.data as TData, errors };
  if (errors.length > 0) return { ok: false, error: { kind: "graphql", errors } };
  return { ok: false, error: { kind: "http", status } };
}
