/**
 * Helpers that walk the dev-idp's real flows over HTTP, for tests of other packages and for the
 * `dev-token` CLI. They talk to a running dev-idp; they never mint tokens themselves.
 */
export {
  DEV_TOKEN_CLIENT_ID,
  DEV_TOKEN_REDIRECT_URI,
  JWT_BEARER_GRANT,
  KRR_SCOPE,
  KS_FIKS_SCOPE,
} from "./config/constants.ts";
export { Browser, type BrowserResponse } from "./flows/browser.ts";
export { type Discovery, discover } from "./flows/discovery.ts";
export {
  codeFrom,
  exchangeCode,
  type InnbyggerLoginOptions,
  type LoginAttempt,
  loginInnbygger,
  openLoginPage,
  pageErrors,
  submitLoginForm,
} from "./flows/innbygger-login.ts";
export {
  fetchMaskinportenTokenWithJwtGrant,
  type MaskinportenJwtGrantOptions,
} from "./flows/maskinporten-jwt-grant.ts";
export { fetchMaskinportenToken, type MaskinportenTokenOptions } from "./flows/maskinporten-token.ts";
export { basicAuth, OAuthError, requestToken, type TokenResponse } from "./flows/token-endpoint.ts";
