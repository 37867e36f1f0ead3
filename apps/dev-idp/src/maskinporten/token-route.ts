import type { IncomingMessage, ServerResponse } from "node:http";
import { JWT_BEARER_GRANT } from "../config/constants.ts";
import { BodyError, isForm, readBody, requestWithBody, sendJson } from "../shared/http.ts";
import type { MountedProvider } from "../shared/mount.ts";
import type { TokenAnswer } from "./jwt-grant.ts";

/** The largest token request oidc-provider itself reads. */
const MAX_TOKEN_REQUEST_BYTES = 56 * 1024;

/**
 * Maskinporten's token endpoint: JWT grants are answered here, every other grant goes on to
 * oidc-provider unchanged (its client authentication needs a client_id, which a JWT grant
 * request does not carry). The form must be read to see the grant, so it is handed on re-readable.
 */
export function maskinportenTokenRoute(
  provider: MountedProvider,
  jwtGrant: (form: URLSearchParams) => Promise<TokenAnswer>,
) {
  return async (req: IncomingMessage, rest: string, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST" || !isForm(req)) return provider(req, rest, res);
    try {
      const body = await readBody(req, MAX_TOKEN_REQUEST_BYTES);
      const form = new URLSearchParams(body.toString("utf8"));
      if (form.get("grant_type") !== JWT_BEARER_GRANT) return provider(requestWithBody(req, body), rest, res);
      const answer = await jwtGrant(form);
      sendJson(res, answer.status, answer.body);
    } catch (error) {
      if (error instanceof BodyError) {
        sendJson(res, error.status, { error: "invalid_request", error_description: error.message });
        return;
      }
      console.error("dev-idp: Maskinporten token request failed", error);
      sendJson(res, 500, { error: "server_error" });
    }
  };
}
