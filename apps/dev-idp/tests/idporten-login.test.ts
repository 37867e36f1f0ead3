import { DEMO_PERSONER, KARI, OLA } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import {
  Browser,
  codeFrom,
  DEV_TOKEN_REDIRECT_URI,
  discover,
  exchangeCode,
  loginInnbygger,
  OAuthError,
  openLoginPage,
  submitLoginForm,
} from "../src/client.ts";
import { startDevIdp, verifyWithPublishedKeys } from "./support.ts";

const devIdp = await startDevIdp();
const issuer = devIdp.idportenIssuer;

describe("ID-porten code flow with PKCE", () => {
  it.each([
    [3, "idporten-loa-substantial", "Minid-PIN"],
    [4, "idporten-loa-high", "BankID"],
  ] as const)("level %i gives a JWT access token with pid and acr %s", async (niva, acr, amr) => {
    const { accessToken, idToken } = await loginInnbygger({ issuer, pid: KARI.pid, niva });

    const access = await verifyWithPublishedKeys(issuer, accessToken, "minkommune-api");
    expect(access.typ).toBe("at+jwt");
    expect(access.payload).toMatchObject({ pid: KARI.pid, acr, client_id: "dev-token" });
    expect(String(access.payload.scope).split(" ")).toEqual(expect.arrayContaining(["openid", "profile", "ks:fiks"]));
    expect(access.payload.sub).not.toBe(KARI.pid);

    const id = await verifyWithPublishedKeys(issuer, idToken, "dev-token");
    expect(id.payload).toMatchObject({ pid: KARI.pid, acr, amr: [amr], locale: "nb", name: KARI.navn });
    expect(id.payload.sub).toBe(access.payload.sub);
  });

  it("lets the web app's confidential client log in with its secret", async () => {
    const { accessToken } = await loginInnbygger({
      issuer,
      pid: OLA.pid,
      clientId: "min-kommune-web",
      clientSecret: "dev-web-secret",
      redirectUri: "http://localhost:3000/api/auth/callback/idporten",
      scope: "openid profile",
    });
    const { payload } = await verifyWithPublishedKeys(issuer, accessToken, "minkommune-api");
    expect(payload).toMatchObject({ pid: OLA.pid, client_id: "min-kommune-web", scope: "openid profile" });
  });

  it("refuses the web client's code exchange with a wrong secret", async () => {
    const options = {
      issuer,
      clientId: "min-kommune-web",
      redirectUri: "http://127.0.0.1:3000/api/auth/callback/idporten",
    };
    const attempt = await openLoginPage(options);
    const callback = await submitLoginForm(attempt, OLA.pid, 3);
    const code = codeFrom(callback.location as URL, attempt);
    const refused = exchangeCode(attempt, code, { ...options, clientSecret: "wrong" });
    await expect(refused).rejects.toMatchObject({ error: "invalid_client", status: 401 });
  });

  it("refuses an authorization request without PKCE", async () => {
    const { authorization_endpoint } = await discover(issuer);
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: "code",
      client_id: "min-kommune-web",
      redirect_uri: "http://localhost:3000/api/auth/callback/idporten",
      scope: "openid",
      state: "s1",
    }).toString();
    const response = await new Browser().request(url);
    expect(response.status).toBe(303);
    expect(response.location?.searchParams.get("error")).toBe("invalid_request");
    expect(response.location?.searchParams.get("error_description")).toMatch(/PKCE/);
    expect(response.location?.searchParams.has("code")).toBe(false);
  });

  it("refuses a code exchange with the wrong PKCE verifier", async () => {
    const attempt = await openLoginPage({ issuer });
    const callback = await submitLoginForm(attempt, KARI.pid, 3);
    const code = codeFrom(callback.location as URL, attempt);
    const refused = exchangeCode({ ...attempt, verifier: "x".repeat(43) }, code, {});
    await expect(refused).rejects.toBeInstanceOf(OAuthError);
    await expect(refused).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("answers an invalid fødselsnummer with an error page and no code", async () => {
    const invalid = `${KARI.pid.slice(0, 10)}9`;
    const attempt = await openLoginPage({ issuer });
    const response = await submitLoginForm(attempt, invalid, 4);

    expect(response.status).toBe(400);
    expect(response.location).toBeUndefined();
    expect(response.body).toContain("Fødselsnummeret er ikke gyldig");
    expect(response.body).toMatch(/<input[^>]*id="fodselsnummer"[^>]*aria-invalid="true"/);
    expect(response.body).toMatch(/<title>Feil: /);

    const error: unknown = await loginInnbygger({ issuer, pid: invalid }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/refused the login.*ikke gyldig/);
    expect((error as Error).message).not.toContain(invalid);
  });

  it("insists on BankID when the client asks only for idporten-loa-high", async () => {
    const minid = await openLoginPage({ issuer, acrValues: "idporten-loa-high" });
    expect(minid.page.body).toContain("Tjenesten krever innlogging med BankID (nivå 4).");
    const refused = await submitLoginForm(minid, KARI.pid, 3);
    expect(refused.status).toBe(400);
    expect(refused.location).toBeUndefined();

    const { accessToken } = await loginInnbygger({ issuer, pid: KARI.pid, niva: 4, acrValues: "idporten-loa-high" });
    const { payload } = await verifyWithPublishedKeys(issuer, accessToken, "minkommune-api");
    expect(payload.acr).toBe("idporten-loa-high");
  });
});

describe("the login page", () => {
  it("is a Norwegian form with labels for every field", async () => {
    const { page } = await openLoginPage({ issuer });
    expect(page.body).toContain('<html lang="nb">');
    expect(page.body).toContain('<label for="testperson">');
    expect(page.body).toContain('<label for="fodselsnummer">');
    expect(page.body).toContain("<legend>Innloggingsmetode</legend>");
    expect(page.body).toContain('<label for="niva-3">MinID (nivå 3)</label>');
    expect(page.body).toContain('<label for="niva-4">BankID (nivå 4)</label>');
    for (const person of DEMO_PERSONER) expect(page.body).toContain(person.navn);
  });

  it("keeps the session: a second authorization request logs in without the form", async () => {
    const browser = new Browser();
    const first = await openLoginPage({ issuer, browser });
    await submitLoginForm(first, KARI.pid, 3);
    const second = await openLoginPage({ issuer, browser });
    expect(second.page.location && codeFrom(second.page.location, second)).toBeTruthy();
  });

  it("sends the user back with access_denied when they press Avbryt", async () => {
    const attempt = await openLoginPage({ issuer });
    const abort = /<form id="avbryt" method="post" action="([^"]+)"/.exec(attempt.page.body)?.[1] as string;
    const first = await attempt.browser.request(new URL(abort, attempt.page.url), { form: {} });
    const back = await attempt.browser.follow(first, (target) => target.href.startsWith(DEV_TOKEN_REDIRECT_URI));
    expect(back.location?.searchParams.get("error")).toBe("access_denied");
    expect(back.location?.searchParams.has("code")).toBe(false);
  });

  it("explains an expired or unknown login instead of failing", async () => {
    const response = await new Browser().request(new URL(`${devIdp.url}/idporten/interaction/unknown`));
    expect(response.status).toBe(400);
    expect(response.body).toContain("Innloggingen er utløpt");
  });
});
