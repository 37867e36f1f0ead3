import { acrFromNiva } from "@minkommune/auth";
import Provider, {
  type AccessToken,
  type ClientCredentials,
  type ClientMetadata,
  type KoaContextWithOIDC,
} from "oidc-provider";
import { ACCESS_TOKEN_TTL, IDPORTEN_PATH, KS_FIKS_SCOPE } from "../config/constants.ts";
import type { PrivateJwks } from "../config/keys.ts";
import { renderErrorPage } from "../shared/provider-pages.ts";
import { apiResourceIndicators } from "../shared/resource-server.ts";
import { logoutPage, logoutSuccessPage } from "../views/status-pages.ts";
import type { AccountRegistry } from "./accounts.ts";

/** What the ID-porten stand-in needs: its issuer, the API audience, clients, keys and accounts. */
export interface IdportenProviderOptions {
  issuer: string;
  audience: string;
  clients: ClientMetadata[];
  jwks: PrivateJwks;
  accounts: AccountRegistry;
  cookieKeys: string[];
}

const HOUR = 60 * 60;

/** `pid` and `acr` on the access token, as ID-porten puts them there. */
function accessTokenClaims(accounts: AccountRegistry) {
  return (ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials) => {
    if (token.kind !== "AccessToken" || !token.accountId) return undefined;
    const innbygger = accounts.find(token.accountId);
    // The login level belongs to the authentication, which the exchanged code (or refresh token) carries.
    const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
    return { pid: innbygger?.pid, acr: source?.acr };
  };
}

/** An oidc-provider configured like ID-porten: code flow with PKCE, pid/acr claims, JWT access tokens. */
export function createIdportenProvider(options: IdportenProviderOptions): Provider {
  const { accounts } = options;
  return new Provider(options.issuer, {
    clients: options.clients,
    jwks: options.jwks,
    acrValues: [acrFromNiva(3), acrFromNiva(4)],
    // ID-porten always says how the person logged in, so acr/amr/auth_time come with `openid`
    // rather than only when asked for through acr_values or the claims parameter.
    claims: {
      iss: null,
      sid: null,
      openid: ["sub", "pid", "locale", "acr", "amr", "auth_time"],
      profile: ["name"],
    },
    // ID-porten puts the person's claims in the ID token, not only behind userinfo.
    conformIdTokenClaims: false,
    clientBasedCORS: () => false,
    cookies: {
      keys: options.cookieKeys,
      // Own names: browsers share cookies between ports, and the web app runs on the same host.
      names: { session: "idporten_session", interaction: "idporten_interaction", resume: "idporten_resume" },
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: apiResourceIndicators(options.audience, `openid profile ${KS_FIKS_SCOPE}`),
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = "html";
          ctx.body = logoutPage(form, ctx.oidc.client?.clientName);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = "html";
          ctx.body = logoutSuccessPage(ctx.oidc.client?.clientName);
        },
      },
    },
    findAccount: (_ctx, sub) => accounts.account(sub),
    extraTokenClaims: accessTokenClaims(accounts),
    interactions: { url: (_ctx, interaction) => `${IDPORTEN_PATH}/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    renderError: renderErrorPage("ID-porten – lokalt testmiljø"),
    responseTypes: ["code"],
    scopes: ["openid", "profile"],
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL,
      Interaction: HOUR,
      Grant: 8 * HOUR,
      Session: 8 * HOUR,
    },
  });
}
