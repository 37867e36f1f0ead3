import type { DemoPerson } from "@minkommune/demo-data";
import { Browser, discover, type LoginAttempt, pageErrors, submitLoginForm } from "@minkommune/dev-idp/client";

/** The web app's cookies as one host's browser keeps them: name to value, Set-Cookie applied in order. */
class WebCookies {
  readonly #values = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const equals = pair.indexOf("=");
      if (equals <= 0) continue;
      const name = pair.slice(0, equals);
      const expired = attributes.some((a) => /^max-age=(0|-)/i.test(a)) || pair.length === equals + 1;
      if (expired) this.#values.delete(name);
      else this.#values.set(name, pair.slice(equals + 1));
    }
  }

  get header(): string {
    return [...this.#values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Signs `person` in to the web app the way a browser does, without one: next-auth's sign-in
 * (CSRF token, then POST /api/auth/signin/idporten, which sets the PKCE, state and nonce
 * cookies), the dev-idp's login form, and the callback that sets the session cookie.
 * Returns the Cookie header that carries the session.
 */
export async function signInToWeb({
  webUrl,
  issuer,
  person,
  niva,
}: {
  webUrl: string;
  issuer: string;
  person: DemoPerson;
  niva: 3 | 4;
}): Promise<string> {
  const cookies = new WebCookies();
  const csrf = await fetch(`${webUrl}/api/auth/csrf`);
  cookies.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const signIn = await fetch(`${webUrl}/api/auth/signin/idporten`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.header },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${webUrl}/` }),
    redirect: "manual",
  });
  cookies.store(signIn);
  const authorize = signIn.headers.get("location");
  if (signIn.status !== 302 || !authorize?.startsWith(issuer)) {
    throw new Error(`sign-in did not redirect to the IdP (HTTP ${signIn.status})`);
  }

  // The IdP's side in the dev-idp's own little browser, up to the redirect back to the web app.
  const redirectUri = `${webUrl}/api/auth/callback/idporten`;
  const browser = new Browser();
  const atWeb = (target: URL) => target.origin === new URL(webUrl).origin;
  const page = await browser.follow(await browser.request(new URL(authorize)), atWeb);
  // Only the page, browser and redirect URI are used: next-auth holds the state and PKCE verifier.
  const attempt: LoginAttempt = {
    browser,
    discovery: await discover(issuer),
    page,
    verifier: "",
    state: "",
    redirectUri,
  };
  const result = await submitLoginForm(attempt, person.pid, niva);
  if (!result.location) throw new Error(`dev-idp refused the login: ${pageErrors(result.body) ?? result.status}`);

  const callback = await fetch(result.location, { headers: { cookie: cookies.header }, redirect: "manual" });
  cookies.store(callback);
  if (callback.status !== 302 || !/authjs\.session-token/.test(cookies.header)) {
    throw new Error(`the callback set no session (HTTP ${callback.status})`);
  }
  return cookies.header;
}
