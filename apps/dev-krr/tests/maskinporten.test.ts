import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_INTEGRASJONER, KARI } from "@minkommune/demo-data";
import { createDevIdp, type DevIdp, generateSigningJwks, publicJwks } from "@minkommune/dev-idp";
import { fetchMaskinportenToken, fetchMaskinportenTokenWithJwtGrant } from "@minkommune/dev-idp/client";
import { importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../src/env.ts";
import { createDevKrr, type DevKrr, KRR_SCOPE } from "../src/server.ts";

const signingJwks = await generateSigningJwks();
const signingKey = signingJwks.keys[0] as JWK;
const clientKey = (await generateSigningJwks()).keys[0] as JWK;
const client = {
  clientId: "test-oppgave",
  jwks: publicJwks({ keys: [clientKey] }),
  scopes: [KRR_SCOPE],
  orgnr: "999888777",
};
const fagsystem = DEMO_INTEGRASJONER[0];
if (!fagsystem) throw new Error("demo data has no integrations");

let idp: DevIdp;
let krr: DevKrr;
beforeAll(async () => {
  idp = await createDevIdp({ port: 0, jwks: signingJwks, maskinportenJwtClients: [client] });
  krr = await createDevKrr({ host: "127.0.0.1", port: 0, maskinporten: { issuer: idp.maskinportenIssuer } });
});
afterAll(async () => {
  await krr?.close();
  await idp?.close();
});

const krrToken = () =>
  fetchMaskinportenTokenWithJwtGrant({
    issuer: idp.maskinportenIssuer,
    clientId: client.clientId,
    privateKey: clientKey,
    scope: KRR_SCOPE,
  });

function oppslag(authorization?: string, url = krr.url) {
  return fetch(`${url}/rest/v1/personer`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ personidentifikatorer: [KARI.pid] }),
  });
}

/** A token with these claims, signed with `key` under the dev-idp's kid. */
async function signed(claims: Record<string, unknown>, key: JWK = signingKey, typ = "at+jwt"): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: idp.maskinportenIssuer, scope: KRR_SCOPE, iat: now, exp: now + 60, ...claims })
    .setProtectedHeader({ alg: "RS256", typ, kid: signingKey.kid })
    .sign(await importJWK(key, "RS256"));
}

describe("dev-krr requiring Maskinporten tokens", () => {
  it("answers an oppslag with a token for krr:global/kontaktinformasjon.read", async () => {
    const before = krr.oppslag().length;
    const response = await oppslag(`Bearer ${await krrToken()}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { personer: { epostadresse?: string }[] }).personer).toHaveLength(1);
    expect(krr.oppslag()).toHaveLength(before + 1);
  });

  it.each([
    ["no Authorization header", async () => undefined],
    ["another scheme", async () => "Basic dGVzdDp0ZXN0"],
    ["an empty Bearer", async () => "Bearer "],
    ["a token that is no JWT", async () => "Bearer not-a-token"],
    [
      "a token signed with another key",
      async () => `Bearer ${await signed({}, (await generateSigningJwks()).keys[0])}`,
    ],
    ["an expired token", async () => `Bearer ${await signed({ iat: 1_700_000_000, exp: 1_700_000_060 })}`],
    ["a token without exp", async () => `Bearer ${await signed({ exp: undefined })}`],
    ["a token from another issuer", async () => `Bearer ${await signed({ iss: idp.idportenIssuer })}`],
    // Signed by the same keys, with the right issuer and scope, but no access token (an ID token, say).
    ["a JWT that is not an access token", async () => `Bearer ${await signed({}, signingKey, "JWT")}`],
  ])("refuses %s with 401 and asks for a Bearer token", async (_name, authorization) => {
    const before = krr.oppslag().length;
    const response = await oppslag(await authorization());
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="KRR"/);
    expect(await response.json()).toEqual({ melding: expect.any(String) });
    expect(krr.oppslag()).toHaveLength(before);
  });

  it("refuses a valid Maskinporten token for another scope with 403 insufficient_scope", async () => {
    const fiks = await fetchMaskinportenToken({
      issuer: idp.maskinportenIssuer,
      clientId: fagsystem.maskinportenClientId,
      clientSecret: fagsystem.maskinportenClientSecret,
    });
    const before = krr.oppslag().length;
    const response = await oppslag(`Bearer ${fiks}`);
    expect(response.status).toBe(403);
    expect(response.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
    expect(krr.oppslag()).toHaveLength(before);
    // A scope that merely contains the KRR scope's text is not the scope.
    expect((await oppslag(`Bearer ${await signed({ scope: `${KRR_SCOPE}x` })}`)).status).toBe(403);
  });

  it("checks the token before reading the body", async () => {
    const response = await fetch(`${krr.url}/rest/v1/personer`, { method: "POST", body: "{" });
    expect(response.status).toBe(401);
  });

  it("answers 503 while the issuer's keys cannot be had, and serves once they can", async () => {
    // The issuer's address is held by a gate that drops every connection until the dev-idp is up
    // behind it, so no other process can take the port in between.
    let upstream: string | undefined;
    const gate = createServer((request, response) => {
      if (!upstream) return request.socket.destroy();
      const forwarded = httpRequest(
        `${upstream}${request.url}`,
        { method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      request.pipe(forwarded);
    }).listen(0, "127.0.0.1");
    await new Promise((resolve) => gate.once("listening", resolve));
    const { port } = gate.address() as AddressInfo;
    const issuer = `http://127.0.0.1:${port}/maskinporten`;
    const early = await createDevKrr({ host: "127.0.0.1", port: 0, maskinporten: { issuer } });
    try {
      const response = await oppslag(`Bearer ${await krrToken()}`, early.url);
      expect(response.status).toBe(503);
      expect(early.oppslag()).toEqual([]);
      // The issuer comes up (as the dev-idp may, after dev-krr, under npm start).
      const late = await createDevIdp({
        port: 0,
        maskinportenIssuer: issuer,
        jwks: signingJwks,
        maskinportenJwtClients: [client],
      });
      upstream = late.url;
      try {
        const token = await fetchMaskinportenTokenWithJwtGrant({
          issuer,
          clientId: client.clientId,
          privateKey: clientKey,
          scope: KRR_SCOPE,
        });
        expect((await oppslag(`Bearer ${token}`, early.url)).status).toBe(200);
      } finally {
        await late.close();
      }
    } finally {
      await early.close();
      gate.closeAllConnections();
      await new Promise((resolve) => gate.close(resolve));
    }
  });

  it("takes KRR_MASKINPORTEN_ISSUER from the environment, and requires nothing without it", () => {
    expect(readEnv({}).KRR_MASKINPORTEN_ISSUER).toBeUndefined();
    expect(readEnv({ KRR_MASKINPORTEN_ISSUER: "http://localhost:4400/maskinporten" }).KRR_MASKINPORTEN_ISSUER).toBe(
      "http://localhost:4400/maskinporten",
    );
    expect(() => readEnv({ KRR_MASKINPORTEN_ISSUER: "not a url" })).toThrow();
  });
});
