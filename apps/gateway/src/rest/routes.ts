import { isUuid } from "@minkommune/subgraph-kit";
import { apiDocsPage, openApiDocument } from "./api-docs.ts";
import { forwardDocument } from "./dokument-proxy.ts";
import { indexRequest, slett, slettByMeldingId } from "./innsyn-index.ts";
import { hentOppgave, opprettOppgave, settOppgaveStatus } from "./oppgaver.ts";
import { badField, RestError } from "./rest-error.ts";
import type { RouteHandler } from "./route.ts";

/** Every path the adapter answers, as KS spells them; each {parameter} is a UUID. */
const ROUTES: { path: string; methods: Record<string, RouteHandler> }[] = [
  { path: "/min-kommune/api/v1/api/{fiksOrgId}/oppgaver", methods: { POST: opprettOppgave } },
  { path: "/min-kommune/api/v1/api/{fiksOrgId}/oppgaver/{oppgaveId}", methods: { GET: hentOppgave } },
  { path: "/min-kommune/api/v1/api/{fiksOrgId}/oppgaver/{oppgaveId}/status", methods: { PUT: settOppgaveStatus } },
  { path: "/min-kommune/api/v1/openapi.json", methods: { GET: openApiDocument } },
  { path: "/min-kommune/api/v1/docs", methods: { GET: apiDocsPage } },
  { path: "/innsyn-index/api/v2/indexRequest", methods: { PUT: indexRequest } },
  { path: "/innsyn-index/api/v1/delete/slett", methods: { DELETE: slett } },
  { path: "/innsyn-index/api/v1/delete/slettByMeldingId", methods: { POST: slettByMeldingId } },
  { path: "/dokumentlager/api/v1/{fiksOrganisasjonId}/dokumenter", methods: { POST: forwardDocument } },
  { path: "/dokumentlager/api/v1/{fiksOrganisasjonId}/dokumenter/{dokumentId}", methods: { DELETE: forwardDocument } },
  { path: "/dokumenter/{dokumentId}", methods: { GET: forwardDocument } },
];

const COMPILED = ROUTES.map((route) => ({
  ...route,
  pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
}));

/** A matched route: the handler and its checked path parameters. */
export interface Match {
  handler: RouteHandler;
  params: Record<string, string>;
}

/**
 * The handler for a request: 404 for a path the adapter does not have, 405 (with Allow) for a
 * method the path does not take, 400 naming the parameter when a path segment is not a UUID.
 */
export function matchRoute(method: string, pathname: string): Match {
  for (const route of COMPILED) {
    const found = route.pattern.exec(pathname);
    if (!found) continue;
    const handler = route.methods[method];
    if (!handler) {
      const allow = Object.keys(route.methods).join(", ");
      throw new RestError(405, "METHOD_NOT_ALLOWED", `Metoden ${method} er ikke tillatt her`, {
        headers: { allow },
      });
    }
    const params = { ...found.groups };
    for (const [name, value] of Object.entries(params))
      if (!isUuid(value)) throw badField(name, `${name} må være en gyldig UUID`);
    return { handler, params };
  }
  throw new RestError(404, "NOT_FOUND", "Fant ikke ressursen");
}
