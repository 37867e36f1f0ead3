import type { InnbyggerPrincipal, IntegrasjonPrincipal, Principal, Privilegium } from "@minkommune/auth";
import { forbidden } from "./errors.ts";

/** The context every subgraph resolver gets: the verified principal from the gateway's token. */
export interface BaseContext {
  principal: Principal;
}

/** The signed-in citizen, or FORBIDDEN for any other caller. */
export function requireInnbygger(context: BaseContext): InnbyggerPrincipal {
  if (context.principal.type !== "innbygger") throw forbidden("Krever innlogget innbygger");
  return context.principal;
}

/**
 * The integration, when it holds `privilegium` for `fiksOrgId`; FORBIDDEN otherwise.
 * An integration is bound to one municipality and never acts for another.
 */
export function requireIntegrasjon(
  context: BaseContext,
  privilegium: Privilegium,
  fiksOrgId: string,
): IntegrasjonPrincipal {
  const { principal } = context;
  if (principal.type !== "integrasjon") throw forbidden("Krever en integrasjon");
  if (principal.fiksOrgId !== fiksOrgId) throw forbidden("Integrasjonen har ikke tilgang til denne organisasjonen");
  if (!principal.privilegier.includes(privilegium)) throw forbidden(`Integrasjonen mangler privilegiet ${privilegium}`);
  return principal;
}

/** True when the entity key `innbyggerId` is the caller's own; other citizens' keys resolve to null. */
export function isOwnInnbygger(context: BaseContext, innbyggerId: string): boolean {
  return context.principal.type === "innbygger" && context.principal.innbyggerId === innbyggerId;
}
