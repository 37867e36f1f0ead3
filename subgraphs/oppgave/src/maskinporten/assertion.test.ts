import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { buildAssertion } from "./assertion.ts";
import { keyLoader } from "./private-key.ts";

const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
const signing = await keyLoader({ jwk: { ...(await exportJWK(privateKey)), kid: "klient-nokkel" } })();
const claims = {
  issuer: "https://maskinporten.no/",
  clientId: "min-klient",
  scope: "krr:global/kontaktinformasjon.read",
};

describe("buildAssertion", () => {
  it("is a JWT grant as Maskinporten wants it: RS256 with kid, aud, iss, scope, iat, exp within 120 s, jti", async () => {
    const now = Date.now();
    const assertion = await buildAssertion(claims, signing, now);
    expect(decodeProtectedHeader(assertion)).toEqual({ alg: "RS256", kid: "klient-nokkel" });
    const { payload } = await jwtVerify(assertion, publicKey, {
      audience: "https://maskinporten.no/",
      issuer: "min-klient",
    });
    expect(payload.scope).toBe("krr:global/kontaktinformasjon.read");
    expect(payload.aud).toBe("https://maskinporten.no/");
    expect(payload.iat).toBe(Math.floor(now / 1000));
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(120);
    expect(payload.exp).toBeGreaterThan(payload.iat ?? 0);
    expect(payload.jti).toEqual(expect.any(String));
    expect(Object.keys(payload).toSorted()).toEqual(["aud", "exp", "iat", "iss", "jti", "scope"]);
  });

  it("never reuses a jti", async () => {
    const ids = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const { payload } = await jwtVerify(await buildAssertion(claims, signing, Date.now()), publicKey);
        return payload.jti;
      }),
    );
    expect(new Set(ids).size).toBe(5);
  });
});
