import { randomUUID } from "node:crypto";
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from "jose";
import { describe, expect, it } from "vitest";
import { discover } from "../src/client.ts";
import {
  generateSigningJwks,
  JWT_BEARER_GRANT,
  KRR_SCOPE,
  KS_FIKS_SCOPE,
  OPPGAVE_CLIENT_ID,
  publicJwks,
} from "../src/server.ts";
import { startDevIdp, verifyWithPublishedKeys } from "./support.ts";

const signingJwks = await generateSigningJwks();
const krrKey = (await generateSigningJwks()).keys[0] as JWK;
const fiksKey = (await generateSigningJwks()).keys[0] as JWK;
const oppgaveKey = (await generateSigningJwks()).keys[0] as JWK;
const krrClient = {
  clientId: "test-krr",
  jwks: publicJwks({ keys: [krrKey] }),
  scopes: [KRR_SCOPE],
  orgnr: "999888777",
};
const fiksClient = {
  clientId: "test-fiks",
  jwks: publicJwks({ keys: [fiksKey] }),
  scopes: [KS_FIKS_SCOPE],
  orgnr: "999888666",
};

const devIdp = await startDevIdp({
  jwks: signingJwks,
  maskinportenAudience: "test-api",
  maskinportenJwtClients: [krrClient, fiksClient],
  oppgaveClientJwks: publicJwks({ keys: [oppgaveKey] }),
});
const issuer = devIdp.maskinportenIssuer;
const { token_endpoint: tokenEndpoint } = await discover(issuer);
const now = () => Math.floor(Date.now() / 1000);

/** The claims of a good assertion from the KRR client, fresh each time. */
const goodClaims = (): JWTPayload => ({
  aud: issuer,
  iss: krrClient.clientId,
  scope: KRR_SCOPE,
  iat: now(),
  exp: now() + 60,
  jti: randomUUID(),
});

/** A JWT grant as Maskinporten's clients build it; `claims` and `header` override the good defaults. */
async function assertion(
  options: { key?: JWK; claims?: JWTPayload; header?: Record<string, unknown>; without?: string[] } = {},
): Promise<string> {
  const key = options.key ?? krrKey;
  const claims: JWTPayload = { ...goodClaims(), ...options.claims };
  for (const name of options.without ?? []) delete claims[name];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: key.kid, ...options.header } as { alg: string })
    .sign(await importJWK(key, "RS256"));
}

/** POSTs a token request the way Maskinporten takes it: a form with grant_type and assertion only. */
async function tokenRequest(form: Record<string, string>) {
  const response = await fetch(tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const grant = async (jwt: string | Promise<string>) =>
  tokenRequest({ grant_type: JWT_BEARER_GRANT, assertion: await jwt });

/** Verifies an access token against the dev-idp's published keys, without asking for an aud. */
async function verifyAccessToken(token: string) {
  const { jwks_uri } = await discover(issuer);
  return jwtVerify(token, createRemoteJWKSet(new URL(jwks_uri)), { issuer, typ: "at+jwt" });
}

describe("Maskinporten JWT grant", () => {
  it("gives a registered client a signed access token for its scope", async () => {
    const { status, body } = await grant(assertion());
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: KRR_SCOPE });
    const token = body.access_token as string;
    const { payload } = await verifyAccessToken(token);
    expect(payload).toMatchObject({
      scope: KRR_SCOPE,
      client_id: krrClient.clientId,
      consumer: { authority: "iso6523-actorid-upis", ID: "0192:999888777" },
    });
    expect(payload.aud).toBeUndefined();
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);
    // The same keys as every other token from this dev-idp.
    expect(decodeProtectedHeader(token).kid).toBe(signingJwks.keys[0]?.kid);
  });

  it("registers the Oppgave service's client for KRR with the key it is given", async () => {
    const { status, body } = await grant(
      assertion({ key: oppgaveKey, claims: { iss: OPPGAVE_CLIENT_ID, scope: KRR_SCOPE } }),
    );
    expect(status).toBe(200);
    const { payload } = await verifyAccessToken(body.access_token as string);
    expect(payload).toMatchObject({ client_id: OPPGAVE_CLIENT_ID, scope: KRR_SCOPE });
    expect(payload.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: "0192:310000035" });
  });

  it("gives a ks:fiks token the API audience, as client_credentials tokens have", async () => {
    const { body } = await grant(
      assertion({ key: fiksKey, claims: { iss: fiksClient.clientId, scope: KS_FIKS_SCOPE } }),
    );
    const { payload } = await verifyWithPublishedKeys(issuer, body.access_token as string, "test-api");
    expect(payload).toMatchObject({ scope: KS_FIKS_SCOPE, consumer: { ID: "0192:999888666" } });
  });

  it("refuses an assertion signed with another key than the client registered", async () => {
    const stranger = (await generateSigningJwks()).keys[0] as JWK;
    // The attacker knows the client id and even the registered kid, but not the private key.
    const forged = await grant(assertion({ key: { ...stranger, kid: krrKey.kid } }));
    expect(forged).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: expect.stringMatching(/client authentication failed/) },
    });
    // Another registered client's key does not sign for this client either.
    const borrowed = await grant(assertion({ key: { ...fiksKey, kid: krrKey.kid } }));
    expect(borrowed.body.error).toBe("invalid_grant");
  });

  it.each([
    ["the token endpoint", () => tokenEndpoint],
    ["the ID-porten issuer", () => devIdp.idportenIssuer],
    ["two audiences", () => [issuer, "https://api.example"]],
  ])("refuses an assertion whose aud is %s", async (_name, aud) => {
    const { status, body } = await grant(assertion({ claims: { aud: aud() } }));
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "invalid_grant", error_description: expect.stringMatching(/aud/) });
  });

  // The times are taken when each test runs, not when the table is built.
  it.each([
    ["expired", () => ({ iat: now() - 200, exp: now() - 80 }), /exp/],
    ["valid for more than 120 s", () => ({ iat: now(), exp: now() + 121 }), /120/],
    ["issued in the future", () => ({ iat: now() + 60, exp: now() + 90 }), /iat/],
  ])("refuses an assertion that is %s", async (_name, claims, message) => {
    const { status, body } = await grant(assertion({ claims: claims() }));
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "invalid_grant", error_description: expect.stringMatching(message) });
  });

  it("refuses a replayed assertion: the same jti gets one token", async () => {
    const once = await assertion();
    expect((await grant(once)).status).toBe(200);
    const again = await grant(once);
    expect(again).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: expect.stringMatching(/jti/) },
    });
    // A new assertion with the used jti is a replay as well.
    const { jti } = JSON.parse(Buffer.from(once.split(".")[1] ?? "", "base64url").toString()) as { jti: string };
    expect((await grant(assertion({ claims: { jti } }))).body.error).toBe("invalid_grant");
  });

  it("refuses a scope the client has not been granted, and a missing scope", async () => {
    const other = await grant(assertion({ claims: { scope: KS_FIKS_SCOPE } }));
    expect(other).toEqual({
      status: 400,
      body: { error: "invalid_scope", error_description: expect.stringContaining(KS_FIKS_SCOPE) },
    });
    const more = await grant(assertion({ claims: { scope: `${KRR_SCOPE} ${KS_FIKS_SCOPE}` } }));
    expect(more.body.error).toBe("invalid_scope");
    expect((await grant(assertion({ without: ["scope"] }))).body.error).toBe("invalid_scope");
  });

  it.each([
    ["from an unknown client", { claims: { iss: "nobody" } }],
    ["without a jti", { without: ["jti"] }],
    ["without exp", { without: ["exp"] }],
    ["without iat", { without: ["iat"] }],
    ["without a kid", { header: { kid: undefined } }],
    ["naming a kid the client does not have", { header: { kid: "other-key" } }],
  ])("refuses an assertion %s", async (_name, options) => {
    const { status, body } = await grant(assertion(options));
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_grant");
    expect(body.access_token).toBeUndefined();
  });

  it("gives an unknown client, an unknown kid and a forged signature the same answer", async () => {
    const stranger = (await generateSigningJwks()).keys[0] as JWK;
    const answers = await Promise.all([
      grant(assertion({ claims: { iss: "nobody" } })),
      grant(assertion({ header: { kid: "other-key" } })),
      grant(assertion({ key: { ...stranger, kid: krrKey.kid } })),
    ]);
    expect(answers[0]).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: expect.stringMatching(/client authentication failed/) },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("refuses unsigned and HMAC-signed assertions", async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const claims = goodClaims();
    const unsigned = `${encode({ alg: "none", kid: krrKey.kid })}.${encode(claims)}.`;
    expect((await grant(unsigned)).body.error).toBe("invalid_grant");
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", kid: krrKey.kid })
      .sign(new TextEncoder().encode("a shared secret the client never registered"));
    expect((await grant(hmac)).body.error).toBe("invalid_grant");
    expect((await grant("not-a-jwt")).body.error).toBe("invalid_grant");
  });

  it("refuses a request without exactly one assertion", async () => {
    expect(await tokenRequest({ grant_type: JWT_BEARER_GRANT })).toMatchObject({
      status: 400,
      body: { error: "invalid_request" },
    });
    const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion: await assertion() });
    body.append("assertion", await assertion());
    const response = await fetch(tokenEndpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("invalid_request");
  });

  it("does not let a key-registered client use client_credentials", async () => {
    const { status, body } = await tokenRequest({
      grant_type: "client_credentials",
      client_id: krrClient.clientId,
      scope: KRR_SCOPE,
    });
    expect(status).toBe(401);
    expect(body.error).toBe("invalid_client");
  });
});
