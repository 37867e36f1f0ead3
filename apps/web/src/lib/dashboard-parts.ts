import type { GatewayGraphQLError } from "./gateway-result.ts";

/** The dashboard's parts, each switched by one `$med…` variable of the Dashboard operation. */
export const DASHBOARD_PARTS = ["brev", "oppgaver", "fakturaer", "tjenester"] as const;

/** One part of the dashboard. */
export type DashboardPart = (typeof DASHBOARD_PARTS)[number];

/** Which part each field under `meg` belongs to. */
const PART_OF_FIELD: Record<string, DashboardPart> = {
  antallUlesteForsendelser: "brev",
  forsendelser: "brev",
  nyttSidenSist: "brev",
  oppgaver: "oppgaver",
  fakturaer: "fakturaer",
  fakturaOversikt: "fakturaer",
  kommunaleTjenester: "tjenester",
};

/**
 * The parts named by errors under `meg` (path meg.<field>…). Null when some error lies
 * elsewhere (e.g. `meg` itself): leaving parts out would not help then.
 */
export function failedParts(errors: readonly GatewayGraphQLError[]): Set<DashboardPart> | null {
  const parts = new Set<DashboardPart>();
  for (const error of errors) {
    const [root, field] = error.path ?? [];
    const part = root === "meg" && typeof field === "string" ? PART_OF_FIELD[field] : undefined;
    if (!part) return null;
    parts.add(part);
  }
  return parts;
}

/** The operation's switches for the parts to ask for. */
export function partVariables(without: ReadonlySet<DashboardPart>) {
  return {
    medBrev: !without.has("brev"),
    medOppgaver: !without.has("oppgaver"),
    medFakturaer: !without.has("fakturaer"),
    medTjenester: !without.has("tjenester"),
  };
}
