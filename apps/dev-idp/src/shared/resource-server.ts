import { errors, type KoaContextWithOIDC, type ResourceServer } from "oidc-provider";
import { ACCESS_TOKEN_TTL, API_RESOURCE } from "../config/constants.ts";

/**
 * The `resourceIndicators` feature for one API: every access token is a signed JWT for the
 * API's audience, whether or not the client names the resource. `checkScope` may reject a request;
 * `ttl` is the tokens' lifetime in seconds.
 */
export function apiResourceIndicators(
  audience: string,
  scope: string,
  checkScope: (ctx: KoaContextWithOIDC) => void = () => {},
  ttl: number = ACCESS_TOKEN_TTL,
) {
  const info: ResourceServer = {
    scope,
    audience,
    accessTokenTTL: ttl,
    accessTokenFormat: "jwt",
    jwt: { sign: { alg: "RS256" } },
  };
  return {
    enabled: true,
    defaultResource: () => API_RESOURCE,
    // Clients may also name the API by its audience, as they would at the real ID-porten.
    getResourceServerInfo: (ctx: KoaContextWithOIDC, indicator: string): ResourceServer => {
      if (indicator !== API_RESOURCE && indicator !== audience) throw new errors.InvalidTarget();
      checkScope(ctx);
      return info;
    },
    // The code was granted for the API; the token request need not name it again.
    useGrantedResource: () => true,
  };
}
