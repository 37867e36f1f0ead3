import "server-only";
import { DashboardDocument, type DashboardQuery } from "../generated/graphql.ts";
import { DASHBOARD_PARTS, type DashboardPart, failedParts, partVariables } from "./dashboard-parts.ts";
import { executeGateway } from "./gateway.ts";
import type { GatewayResult } from "./gateway-result.ts";

/** The signed-in citizen's dashboard data, with the parts that could not be fetched. */
export type DashboardData =
  | { status: "unauthenticated" }
  | { status: "ok"; meg: DashboardQuery["meg"]; unavailable: ReadonlySet<DashboardPart> };

const NOTHING: DashboardData = { status: "ok", meg: null, unavailable: new Set(DASHBOARD_PARTS) };

/**
 * Runs the Dashboard operation. When parts fail (a subgraph is down), asks again without
 * them, so the other parts still show; everything is unavailable only when `meg` itself fails.
 */
export async function loadDashboard(accessToken: string): Promise<DashboardData> {
  const without = new Set<DashboardPart>();
  // Each retry drops at least one more part, so this ends after at most one try per part.
  while (true) {
    const result = await executeGateway(DashboardDocument, partVariables(without), accessToken);
    if (!result.ok && result.error.kind === "unauthenticated") return { status: "unauthenticated" };
    const errors = result.ok ? result.errors : result.error.kind === "graphql" ? result.error.errors : null;
    if (errors === null || errors.length > 0) logGatewayProblem(result);
    if (errors === null) return NOTHING;

    const meg = result.ok ? result.data.meg : null;
    const failed = failedParts(errors);
    if (meg) return { status: "ok", meg, unavailable: new Set([...without, ...(failed ?? [])]) };
    const fresh = failed ? [...failed].filter((part) => !without.has(part)) : [];
    // `meg` is null with no part left to blame: nothing to show.
    if (fresh.length === 0) return NOTHING;
    for (const part of fresh) without.add(part);
  }
}

/** Logs which parts failed (codes and paths only: messages could carry personal data). */
function logGatewayProblem(result: GatewayResult<unknown>) {
  const summary = result.ok
    ? result.errors.map((e) => ({ code: e.extensions?.code, path: e.path?.join(".") }))
    : { kind: result.error.kind, status: result.error.kind === "http" ? result.error.status : undefined };
  console.warn("dashboard: gateway problem", JSON.stringify(summary));
}
