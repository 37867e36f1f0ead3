import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { afterAll } from "vitest";
import { discover } from "../src/flows/discovery.ts";
import { createDevIdp, type DevIdp, type DevIdpOptions, generateSigningJwks } from "../src/server.ts";

/** Starts a dev-idp on a free port with fresh keys, closed after the file's tests. */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const devIdp = await createDevIdp({ port: 0, jwks: await generateSigningJwks(), ...options });
  afterAll(() => devIdp.close());
  return devIdp;
}

/** Verifies a JWT against the issuer's published JWKS (found through discovery), checking iss and aud. */
export async function verifyWithPublishedKeys(
  issuer: string,
  token: string,
  audience: string,
): Promise<{ payload: JWTPayload & Record<string, unknown>; typ?: string }> {
  const { jwks_uri } = await discover(issuer);
  const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(jwks_uri)), {
    issuer,
    audience,
  });
  return { payload, typ: protectedHeader.typ };
}
