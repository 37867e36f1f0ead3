import type { Innloggingsniva } from "@minkommune/auth";
import { DEV_TOKEN_CLIENT_ID, DEV_TOKEN_REDIRECT_URI, KS_FIKS_SCOPE } from "../config/constants.ts";
import { Browser, type BrowserResponse } from "./browser.ts";
import { type Discovery, discover } from "./discovery.ts";
import { createPkce, randomToken } from "./pkce.ts";
import { basicAuth, requestToken } from "./token-endpoint.ts";

/** Who logs in where. Only `issuer` and `pid` are required. */
export interface InnbyggerLoginOptions {
  /** The ID-porten issuer (or any base URL serving its discovery document). */
  issuer: string;
  /** The (synthetic) fødselsnummer to log in as. */
  pid: string;
  /** 3 = MinID, 4 = BankID; default 3. */
  niva?: Innloggingsniva;
  /** Default "dev-token" (public client). */
  clientId?: string;
  /** For a confidential client (client_secret_basic at the token endpoint). */
  clientSecret?: string;
  /** Default the dev-token client's redirect URI. */
  redirectUri?: string;
  /** Default "openid profile ks:fiks", what a Fiks API caller asks for. */
  scope?: string;
  /** `acr_values` to send; "idporten-loa-high" makes the login page insist on BankID. */
  acrValues?: string;
}

/** A login under way: the browser holding its cookies, the login page, and the PKCE secret. */
export interface LoginAttempt {
  browser: Browser;
  discovery: Discovery;
  page: BrowserResponse;
  verifier: string;
  state: string;
  redirectUri: string;
}

function atRedirectUri(redirectUri: string) {
  return (target: URL) => `${target.origin}${target.pathname}` === redirectUri;
}

/** The text of the page's error summary, if it shows one (it never repeats the fødselsnummer). */
export function pageErrors(html: string): string | undefined {
  const summary = /<div class="feiloppsummering"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (summary === undefined) return undefined;
  return summary
    .replace(/<\/li>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The code from the redirect back to the client; throws the callback's error, or on a wrong state or issuer. */
export function codeFrom(callback: URL, attempt: LoginAttempt): string {
  const error = callback.searchParams.get("error");
  if (error) throw new Error(`login refused: ${error}: ${callback.searchParams.get("error_description") ?? ""}`);
  if (callback.searchParams.get("state") !== attempt.state) throw new Error("login callback has the wrong state");
  const iss = callback.searchParams.get("iss");
  if (iss !== null && iss !== attempt.discovery.issuer) throw new Error(`login callback from the wrong issuer: ${iss}`);
  const code = callback.searchParams.get("code");
  if (!code) throw new Error("login callback has no code");
  return code;
}

/**
 * Sends the authorization request (code flow, PKCE S256) and follows it to the login page. Pass
 * a `browser` that is already logged in to see single sign-on: then `page.location` holds the code.
 */
export async function openLoginPage(
  options: Omit<InnbyggerLoginOptions, "pid" | "niva"> & { browser?: Browser },
): Promise<LoginAttempt> {
  const discovery = await discover(options.issuer);
  const redirectUri = options.redirectUri ?? DEV_TOKEN_REDIRECT_URI;
  const { verifier, challenge } = createPkce();
  const state = randomToken();
  const authorize = new URL(discovery.authorization_endpoint);
  authorize.search = new URLSearchParams({
    response_type: "code",
    client_id: options.clientId ?? DEV_TOKEN_CLIENT_ID,
    redirect_uri: redirectUri,
    scope: options.scope ?? `openid profile ${KS_FIKS_SCOPE}`,
    state,
    nonce: randomToken(),
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...(options.acrValues ? { acr_values: options.acrValues } : {}),
  }).toString();

  const browser = options.browser ?? new Browser();
  const page = await browser.follow(await browser.request(authorize), atRedirectUri(redirectUri));
  const attempt = { browser, discovery, page, verifier, state, redirectUri };
  if (page.location)
    codeFrom(page.location, attempt); // a redirect straight back: throws its error
  else if (page.status !== 200) throw new Error(`authorization request failed with HTTP ${page.status}`);
  return attempt;
}

/**
 * Fills in and submits the login form as a browser would, then follows the redirects. Returns
 * the redirect to the redirect_uri on success, or the page shown instead (status 400 on a bad form).
 */
export async function submitLoginForm(
  attempt: LoginAttempt,
  pid: string,
  niva: Innloggingsniva,
): Promise<BrowserResponse> {
  const form = /<form[^>]*\bid="innlogging"[^>]*>/.exec(attempt.page.body)?.[0];
  const action = form && /\baction="([^"]+)"/.exec(form)?.[1];
  if (!action) throw new Error("the login page has no login form");
  const target = new URL(action.replaceAll("&amp;", "&"), attempt.page.url);
  const response = await attempt.browser.request(target, {
    form: { testperson: "", fodselsnummer: pid, niva: String(niva) },
  });
  return attempt.browser.follow(response, atRedirectUri(attempt.redirectUri));
}

/** Exchanges the authorization code (with the PKCE verifier) for tokens. */
export async function exchangeCode(
  attempt: LoginAttempt,
  code: string,
  options: Pick<InnbyggerLoginOptions, "clientId" | "clientSecret">,
) {
  const clientId = options.clientId ?? DEV_TOKEN_CLIENT_ID;
  const params: Record<string, string> = {
    grant_type: "authorization_code",
    code,
    redirect_uri: attempt.redirectUri,
    code_verifier: attempt.verifier,
  };
  if (!options.clientSecret) params.client_id = clientId;
  const auth = options.clientSecret ? basicAuth(clientId, options.clientSecret) : undefined;
  return requestToken(attempt.discovery.token_endpoint, params, auth);
}

/**
 * Logs a citizen in through the real authorization code flow with PKCE, over HTTP, the way a
 * browser would, and returns the tokens.
 */
export async function loginInnbygger(
  options: InnbyggerLoginOptions,
): Promise<{ accessToken: string; idToken: string }> {
  const attempt = await openLoginPage(options);
  const result = await submitLoginForm(attempt, options.pid, options.niva ?? 3);
  if (!result.location) {
    throw new Error(`dev-idp refused the login: ${pageErrors(result.body) ?? `HTTP ${result.status}`}`);
  }
  const tokens = await exchangeCode(attempt, codeFrom(result.location, attempt), options);
  if (!tokens.id_token) throw new Error("token response has no id_token");
  return { accessToken: tokens.access_token, idToken: tokens.id_token };
}
