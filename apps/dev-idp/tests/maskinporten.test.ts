import { DEMO_INTEGRASJONER } from "@minkommune/demo-data";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { discover, fetchMaskinportenToken, OAuthError, requestToken } from "../src/client.ts";
import { generateSigningJwks } from "../src/server.ts";
import { startDevIdp, verifyWithPublishedKeys } from "./support.ts";

const extraClient = { clientId: "test-fagsystem", clientSecret: "test-secret", orgnr: "999888777" };
const jwks = await generateSigningJwks();
const devIdp = await startDevIdp({ jwks, extraMaskinportenClients: [extraClient], maskinportenAudience: "test-api" });
const issuer = devIdp.maskinportenIssuer;

describe("Maskinporten client_credentials", () => {
  it.each(DEMO_INTEGRASJONER.map((integrasjon) => [integrasjon.navn, integrasjon] as const))(
    "%s gets a JWT with scope ks:fiks and its orgnr as consumer",
    async (_navn, integrasjon) => {
      const token = await fetchMaskinportenToken({
        issuer,
        clientId: integrasjon.maskinportenClientId,
        clientSecret: integrasjon.maskinportenClientSecret,
      });
      const { payload, typ } = await verifyWithPublishedKeys(issuer, token, "test-api");
      expect(typ).toBe("at+jwt");
      expect(payload).toMatchObject({
        scope: "ks:fiks",
        client_id: integrasjon.maskinportenClientId,
        consumer: { authority: "iso6523-actorid-upis", ID: `0192:${integrasjon.orgnr}` },
      });
    },
  );

  it("accepts client_secret_post as well as client_secret_basic", async () => {
    const { token_endpoint } = await discover(issuer);
    const response = await requestToken(token_endpoint, {
      grant_type: "client_credentials",
      scope: "ks:fiks",
      client_id: extraClient.clientId,
      client_secret: extraClient.clientSecret,
    });
    const { payload } = await verifyWithPublishedKeys(issuer, response.access_token, "test-api");
    expect(payload.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: "0192:999888777" });
  });

  it("signs with the keys given to createDevIdp, so tests can verify (and forge) with them", async () => {
    const token = await fetchMaskinportenToken({ issuer, ...extraClient });
    const publicKeys = { keys: jwks.keys.map(({ d, p, q, dp, dq, qi, ...publicPart }) => publicPart) };
    const { payload } = await jwtVerify(token, createLocalJWKSet(publicKeys), { issuer, audience: "test-api" });
    expect(payload.client_id).toBe(extraClient.clientId);
    expect(decodeProtectedHeader(token).kid).toBe(jwks.keys[0]?.kid);
  });

  it("refuses a wrong client secret", async () => {
    const refused = fetchMaskinportenToken({ issuer, clientId: extraClient.clientId, clientSecret: "wrong" });
    await expect(refused).rejects.toBeInstanceOf(OAuthError);
    await expect(refused).rejects.toMatchObject({ error: "invalid_client", status: 401 });
  });

  it("refuses an unknown client", async () => {
    const refused = fetchMaskinportenToken({ issuer, clientId: "nobody", clientSecret: "x" });
    await expect(refused).rejects.toMatchObject({ error: "invalid_client" });
  });

  it("refuses a scope other than ks:fiks, and a missing scope", async () => {
    await expect(fetchMaskinportenToken({ issuer, ...extraClient, scope: "ks:other" })).rejects.toMatchObject({
      error: "invalid_scope",
      status: 400,
    });
    const { token_endpoint } = await discover(issuer);
    const noScope = requestToken(token_endpoint, {
      grant_type: "client_credentials",
      client_id: extraClient.clientId,
      client_secret: extraClient.clientSecret,
    });
    await expect(noScope).rejects.toMatchObject({ error: "invalid_scope" });
  });

  it("does not let a Maskinporten client use the ID-porten issuer", async () => {
    const refused = fetchMaskinportenToken({ issuer: devIdp.idportenIssuer, ...extraClient });
    await expect(refused).rejects.toMatchObject({ error: "invalid_client" });
  });
});
