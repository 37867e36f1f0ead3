import { describe, expect, it } from "vitest";
import { startDevIdp } from "./support.ts";

const devIdp = await startDevIdp();

async function getJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe("discovery", () => {
  it("derives both issuers from the bound port", () => {
    const port = new URL(devIdp.url).port;
    expect(devIdp.idportenIssuer).toBe(`http://localhost:${port}/idporten`);
    expect(devIdp.maskinportenIssuer).toBe(`http://localhost:${port}/maskinporten`);
  });

  it("publishes the ID-porten stand-in: code flow, PKCE S256, ID-porten's acr values", async () => {
    const document = await getJson(`${devIdp.idportenIssuer}/.well-known/openid-configuration`);
    expect(document.issuer).toBe(devIdp.idportenIssuer);
    expect(document.authorization_endpoint).toBe(`${devIdp.idportenIssuer}/auth`);
    expect(document.token_endpoint).toBe(`${devIdp.idportenIssuer}/token`);
    expect(document.jwks_uri).toBe(`${devIdp.idportenIssuer}/jwks`);
    expect(document.end_session_endpoint).toBe(`${devIdp.idportenIssuer}/session/end`);
    expect(document.response_types_supported).toEqual(["code"]);
    expect(document.code_challenge_methods_supported).toEqual(["S256"]);
    expect(document.acr_values_supported).toEqual(["idporten-loa-substantial", "idporten-loa-high"]);
    expect(document.claims_supported).toEqual(expect.arrayContaining(["pid", "acr", "amr", "locale", "name"]));
  });

  it("publishes the Maskinporten stand-in with the JWT grant and client_credentials", async () => {
    const document = await getJson(`${devIdp.maskinportenIssuer}/.well-known/openid-configuration`);
    expect(document.issuer).toBe(devIdp.maskinportenIssuer);
    expect(document.token_endpoint).toBe(`${devIdp.maskinportenIssuer}/token`);
    expect(document.grant_types_supported).toContain("urn:ietf:params:oauth:grant-type:jwt-bearer");
    expect(document.grant_types_supported).toContain("client_credentials");
    expect(document.scopes_supported).toContain("ks:fiks");
  });

  it("serves only public keys at <issuer>/jwks", async () => {
    for (const issuer of [devIdp.idportenIssuer, devIdp.maskinportenIssuer]) {
      const { keys } = (await getJson(`${issuer}/jwks`)) as { keys: Record<string, unknown>[] };
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).toMatchObject({ kty: "RSA", use: "sig" });
        expect(key).not.toHaveProperty("d");
      }
    }
  });

  it("answers /health and refuses unknown paths with 404", async () => {
    expect((await fetch(`${devIdp.url}/health`)).status).toBe(200);
    expect((await fetch(`${devIdp.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${devIdp.url}/idportenx/.well-known/openid-configuration`)).status).toBe(404);
  });
});
