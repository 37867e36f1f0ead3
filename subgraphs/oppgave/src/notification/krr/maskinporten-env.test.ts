import { exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { DEV_MASKINPORTEN_ISSUER, readKrrMaskinportenEnv } from "./maskinporten-env.ts";

const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: "oppgave-krr" };
const KEY = JSON.stringify(jwk);
const CLIENT = { KRR_MASKINPORTEN_CLIENT_ID: "min-kommune-oppgave" };

describe("readKrrMaskinportenEnv", () => {
  it("sends no token in development until a client is configured", () => {
    expect(readKrrMaskinportenEnv({}, false)).toBeUndefined();
  });

  it("takes the client id and a key file, with the dev-idp as issuer by default", () => {
    expect(readKrrMaskinportenEnv({ ...CLIENT, KRR_MASKINPORTEN_KEY_FILE: "key.json" }, false)).toEqual({
      issuer: DEV_MASKINPORTEN_ISSUER,
      clientId: "min-kommune-oppgave",
      key: { file: "key.json" },
    });
  });

  it("takes the key as a JWK and the issuer from the environment", () => {
    const config = readKrrMaskinportenEnv(
      { ...CLIENT, KRR_MASKINPORTEN_KEY: KEY, KRR_MASKINPORTEN_ISSUER: "https://maskinporten.no/" },
      false,
    );
    expect(config).toEqual({ issuer: "https://maskinporten.no/", clientId: "min-kommune-oppgave", key: { jwk } });
  });

  it("requires client id, key and issuer in production: the real KRR wants a token", () => {
    const all = { ...CLIENT, KRR_MASKINPORTEN_KEY: KEY, KRR_MASKINPORTEN_ISSUER: "https://maskinporten.no/" };
    expect(readKrrMaskinportenEnv(all, true)?.clientId).toBe("min-kommune-oppgave");
    expect(() => readKrrMaskinportenEnv({ ...all, KRR_MASKINPORTEN_CLIENT_ID: undefined }, true)).toThrow(
      "KRR_MASKINPORTEN_CLIENT_ID",
    );
    expect(() => readKrrMaskinportenEnv({ ...all, KRR_MASKINPORTEN_KEY: undefined }, true)).toThrow(
      "KRR_MASKINPORTEN_KEY",
    );
    expect(() => readKrrMaskinportenEnv({ ...all, KRR_MASKINPORTEN_ISSUER: undefined }, true)).toThrow(
      "KRR_MASKINPORTEN_ISSUER",
    );
    // The assertion and the token would travel in clear.
    expect(() => readKrrMaskinportenEnv({ ...all, KRR_MASKINPORTEN_ISSUER: "http://maskinporten.no/" }, true)).toThrow(
      "https",
    );
  });

  it.each([
    ["a client without a key", CLIENT, "KRR_MASKINPORTEN_KEY"],
    ["a key without a client", { KRR_MASKINPORTEN_KEY_FILE: "key.json" }, "KRR_MASKINPORTEN_CLIENT_ID"],
    ["both a key and a key file", { ...CLIENT, KRR_MASKINPORTEN_KEY: KEY, KRR_MASKINPORTEN_KEY_FILE: "k" }, "not both"],
    [
      "an issuer that is no URL",
      { ...CLIENT, KRR_MASKINPORTEN_KEY: KEY, KRR_MASKINPORTEN_ISSUER: "x" },
      "KRR_MASKINPORTEN_ISSUER",
    ],
  ])("refuses %s", (_name, env, message) => {
    expect(() => readKrrMaskinportenEnv(env, false)).toThrow(message);
  });

  it("refuses a key that is not a private JWK, without repeating it", async () => {
    const publicJwk = JSON.stringify({ ...(await exportJWK(publicKey)), kid: "oppgave-krr" });
    for (const value of [publicJwk, KEY.slice(0, -1)]) {
      try {
        readKrrMaskinportenEnv({ ...CLIENT, KRR_MASKINPORTEN_KEY: value }, false);
        expect.unreachable("the key was accepted");
      } catch (error) {
        expect(String(error)).toContain("KRR_MASKINPORTEN_KEY");
        expect(String(error)).not.toContain(jwk.n);
        expect(String(error)).not.toContain(jwk.d);
      }
    }
  });
});
