import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { SigningKey } from "./private-key.ts";

/** How long an assertion is valid; Maskinporten accepts at most 120 s. */
const ASSERTION_LIFETIME_SECONDS = 60;

/** What the JWT grant asserts: who the client is, to which Maskinporten, for which scope. */
export interface AssertionClaims {
  /** The Maskinporten issuer, the one `aud` it accepts (https://maskinporten.no/ in production). */
  issuer: string;
  clientId: string;
  scope: string;
}

/**
 * The JWT grant Maskinporten takes at its token endpoint (RFC 7523): signed RS256 with the
 * client's key named by `kid`, with aud, iss, scope, iat, exp and a fresh jti (never reused).
 */
export function buildAssertion(claims: AssertionClaims, signing: SigningKey, nowMs: number): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({ scope: claims.scope })
    .setProtectedHeader({ alg: "RS256", kid: signing.kid })
    .setAudience(claims.issuer)
    .setIssuer(claims.clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ASSERTION_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(signing.key);
}
