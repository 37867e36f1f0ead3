import { KARI } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { Browser, codeFrom, exchangeCode, openLoginPage, submitLoginForm } from "../src/client.ts";
import { startDevIdp } from "./support.ts";

const devIdp = await startDevIdp();
const web = {
  issuer: devIdp.idportenIssuer,
  clientId: "min-kommune-web",
  clientSecret: "dev-web-secret",
  redirectUri: "http://localhost:3000/api/auth/callback/idporten",
};

describe("RP-initiated logout", () => {
  it("asks in Norwegian, ends the session and returns to the registered post-logout URI", async () => {
    const browser = new Browser();
    const attempt = await openLoginPage({ ...web, browser });
    const callback = await submitLoginForm(attempt, KARI.pid, 4);
    const tokens = await exchangeCode(attempt, codeFrom(callback.location as URL, attempt), web);

    const endSession = new URL(attempt.discovery.end_session_endpoint as string);
    endSession.search = new URLSearchParams({
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: "http://localhost:3000/",
      state: "bye",
    }).toString();
    const confirm = await browser.request(endSession);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('<html lang="nb">');
    expect(confirm.body).toContain("Ja, logg ut");

    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(confirm.body)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1];
    expect(action).toBeDefined();
    const done = await browser.request(new URL(action as string, endSession), {
      form: { xsrf: xsrf as string, logout: "yes" },
    });
    expect(done.location?.href).toBe("http://localhost:3000/?state=bye");

    // The session is gone: the next authorization request shows the login form again.
    const again = await openLoginPage({ ...web, browser });
    expect(again.page.location).toBeUndefined();
    expect(again.page.body).toContain('id="innlogging"');
  });

  it("refuses a post-logout URI the client did not register", async () => {
    const endSession = new URL(`${devIdp.idportenIssuer}/session/end`);
    endSession.search = new URLSearchParams({
      client_id: "min-kommune-web",
      post_logout_redirect_uri: "http://evil.example/",
    }).toString();
    const response = await new Browser().request(endSession);
    expect(response.status).toBe(400);
    expect(response.location).toBeUndefined();
    expect(response.body).toContain('<html lang="nb">');
  });
});
