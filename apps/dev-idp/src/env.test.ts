import { describe, expect, it } from "vitest";
import { generateSigningJwks, publicJwks } from "./config/keys.ts";
import { readCliEnv, readServerEnv } from "./env.ts";

describe("readServerEnv", () => {
  it("runs locally with nothing set", () => {
    expect(readServerEnv({})).toEqual({
      HOST: "127.0.0.1",
      PORT: 4400,
      IDPORTEN_AUDIENCE: "minkommune-api",
      IDPORTEN_CLIENT_ID: "min-kommune-web",
      IDPORTEN_CLIENT_SECRET: "dev-web-secret",
      MASKINPORTEN_AUDIENCE: "minkommune-api",
    });
  });

  it("reads a private JWKS from DEV_IDP_JWKS", async () => {
    const jwks = await generateSigningJwks();
    expect(readServerEnv({ DEV_IDP_JWKS: JSON.stringify(jwks) }).DEV_IDP_JWKS).toEqual(jwks);
  });

  it("refuses a DEV_IDP_JWKS that is not JSON or holds only public keys", async () => {
    expect(() => readServerEnv({ DEV_IDP_JWKS: "{not json" })).toThrow(/DEV_IDP_JWKS/);
    const { keys } = await generateSigningJwks();
    const publicOnly = { keys: keys.map(({ d, ...rest }) => rest) };
    expect(() => readServerEnv({ DEV_IDP_JWKS: JSON.stringify(publicOnly) })).toThrow(/DEV_IDP_JWKS/);
  });

  it("reads the Oppgave client's public key from DEV_IDP_OPPGAVE_JWKS, refusing private keys and keys without kid", async () => {
    const jwks = await generateSigningJwks();
    const publicKeys = publicJwks(jwks);
    expect(readServerEnv({ DEV_IDP_OPPGAVE_JWKS: JSON.stringify(publicKeys) }).DEV_IDP_OPPGAVE_JWKS).toEqual(
      publicKeys,
    );
    expect(() => readServerEnv({ DEV_IDP_OPPGAVE_JWKS: JSON.stringify(jwks) })).toThrow(/DEV_IDP_OPPGAVE_JWKS/);
    const withoutKid = { keys: publicKeys.keys.map(({ kid, ...rest }) => rest) };
    expect(() => readServerEnv({ DEV_IDP_OPPGAVE_JWKS: JSON.stringify(withoutKid) })).toThrow(/DEV_IDP_OPPGAVE_JWKS/);
    // Any private member, not only d, and symmetric keys are refused too.
    const [privat] = jwks.keys;
    for (const member of ["p", "q", "dp"] as const) {
      const leaking = { keys: [{ ...publicKeys.keys[0], [member]: privat?.[member] }] };
      expect(() => readServerEnv({ DEV_IDP_OPPGAVE_JWKS: JSON.stringify(leaking) })).toThrow(/DEV_IDP_OPPGAVE_JWKS/);
    }
    const symmetric = { keys: [{ kty: "oct", kid: "hemmelig", k: "c2VjcmV0" }] };
    expect(() => readServerEnv({ DEV_IDP_OPPGAVE_JWKS: JSON.stringify(symmetric) })).toThrow(/DEV_IDP_OPPGAVE_JWKS/);
  });

  it("refuses a port out of range", () => {
    expect(() => readServerEnv({ PORT: "70000" })).toThrow();
  });
});

describe("readCliEnv", () => {
  it("defaults DEV_IDP_URL to the local dev-idp", () => {
    expect(readCliEnv({})).toEqual({ DEV_IDP_URL: "http://localhost:4400" });
  });
});
