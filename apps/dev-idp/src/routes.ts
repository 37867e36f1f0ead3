import type { IncomingMessage, ServerResponse } from "node:http";
import { IDPORTEN_PATH, MASKINPORTEN_PATH } from "./config/constants.ts";
import type { InteractionHandler } from "./idporten/interactions.ts";
import { pathBelow, sendJson } from "./shared/http.ts";
import type { MountedProvider } from "./shared/mount.ts";

/** The parts one dev-idp server routes between. */
export interface DevIdpApps {
  idporten: MountedProvider;
  idportenInteractions: InteractionHandler;
  maskinporten: MountedProvider;
  /** Maskinporten's token endpoint, which also takes the JWT grant. */
  maskinportenToken: (req: IncomingMessage, rest: string, res: ServerResponse) => Promise<void>;
}

/** Whether a path below an issuer is its token endpoint. */
function isTokenEndpoint(rest: string): boolean {
  return rest.split("?")[0] === "/token";
}

/** Routes `/health`, our login pages, and each provider under its own path. */
export function createRequestHandler(apps: DevIdpApps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? "/";
    const idporten = pathBelow(url, IDPORTEN_PATH);
    const maskinporten = pathBelow(url, MASKINPORTEN_PATH);
    if (url === "/health" || url.startsWith("/health?")) sendJson(res, 200, { status: "ok" });
    else if (idporten?.startsWith("/interaction/")) void apps.idportenInteractions(req, res, idporten);
    else if (idporten !== undefined) apps.idporten(req, idporten, res);
    else if (maskinporten !== undefined && isTokenEndpoint(maskinporten)) {
      void apps.maskinportenToken(req, maskinporten, res);
    } else if (maskinporten !== undefined) apps.maskinporten(req, maskinporten, res);
    else sendJson(res, 404, { error: "not_found", error_description: "try /idporten or /maskinporten" });
  };
}
