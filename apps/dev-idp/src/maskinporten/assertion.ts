import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from "jose";
import type { MaskinportenJwtClient } from "../config/clients.ts";
import { GrantError } from "./grant-error.ts";
import type { UsedJtis } from "./used-jtis.ts";

/** The algorithms Maskinporten accepts for JWT grants. */
const ALGORITHMS = ["RS256", "RS384", "RS512"];
/** How far `iat` may be from our clock, as at Maskinporten. */
const IAT_SKEW_SECONDS = 10;
/** The longest an assertion may live (exp - iat), as at Maskinporten. */
const MAX_LIFETIME_SECONDS = 120;

/** What a verified assertion grants: the client and the scopes it asked for (all allowed to it). */
export interface VerifiedGrant {
  client: MaskinportenJwtClient;
  scopes: string[];
}

/** Checks an assertion the way Maskinporten does. */
export interface AssertionCheck {
  /** Our issuer: the one `aud` the assertion must name. */
  issuer: string;
  clients: ReadonlyMap<string, MaskinportenJwtClient>;
  usedJtis: UsedJtis;
  /** Epoch seconds. */
  now: () => number;
}

function invalid(description: string): GrantError {
  return new GrantError("invalid_grant", `Invalid assertion: ${description}`);
}

/**
 * One answer for an unknown client, a kid it does not have and a bad signature, so the token
 * endpoint does not tell a caller which client ids or keys exist.
 */
const CLIENT_AUTHENTICATION_FAILED = "client authentication failed (iss, kid or signature)";

/** The client the assertion claims to come from (`iss`), before anything is verified. */
function claimedClient(assertion: string, check: AssertionCheck): MaskinportenJwtClient {
  let iss: unknown;
  let kid: unknown;
  try {
    iss = decodeJwt(assertion).iss;
    kid = decodeProtectedHeader(assertion).kid;
  } catch {
    throw invalid("not a signed JWT");
  }
  if (typeof iss !== "string" || iss === "") throw invalid("iss (the client id) is required");
  const client = check.clients.get(iss);
  if (!client) throw invalid(CLIENT_AUTHENTICATION_FAILED);
  if (typeof kid !== "string" || kid === "") throw invalid("the header must name the client's key in kid");
  return client;
}

/** Verifies signature, iss and aud; jose's own errors become Maskinporten-like descriptions. */
async function verifiedPayload(assertion: string, client: MaskinportenJwtClient, check: AssertionCheck) {
  const { issuer } = check;
  try {
    const { payload } = await jwtVerify(assertion, createLocalJWKSet(client.jwks), {
      algorithms: ALGORITHMS,
      issuer: client.clientId,
      audience: issuer,
      currentDate: new Date(check.now() * 1000),
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "aud") {
      throw invalid(`aud must be ${issuer}`);
    }
    if (error instanceof errors.JWTExpired) throw invalid("exp has passed");
    if (error instanceof errors.JOSEAlgNotAllowed) throw invalid(`alg must be one of ${ALGORITHMS.join(", ")}`);
    if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
      throw invalid(CLIENT_AUTHENTICATION_FAILED);
    }
    if (error instanceof errors.JOSEError) throw invalid(error.message);
    throw error;
  }
}

/** iat within ±10 s of our clock, exp in the future and at most 120 s after iat, a jti. */
function checkTimesAndId(payload: JWTPayload, now: number): { exp: number; jti: string } {
  const { iat, exp, jti } = payload;
  if (typeof iat !== "number") throw invalid("iat is required");
  if (typeof exp !== "number") throw invalid("exp is required");
  if (Math.abs(iat - now) > IAT_SKEW_SECONDS) throw invalid(`iat must be within ${IAT_SKEW_SECONDS} s of now`);
  if (exp - iat > MAX_LIFETIME_SECONDS) throw invalid(`exp may be at most ${MAX_LIFETIME_SECONDS} s after iat`);
  if (exp <= now) throw invalid("exp has passed");
  if (typeof jti !== "string" || jti === "") throw invalid("jti is required");
  return { exp, jti };
}

/** The requested scopes, every one granted to the client. */
function allowedScopes(payload: JWTPayload, client: MaskinportenJwtClient): string[] {
  const requested = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
  if (requested.length === 0) throw new GrantError("invalid_scope", "scope is required");
  const refused = requested.find((scope) => !client.scopes.includes(scope));
  if (refused !== undefined) {
    throw new GrantError("invalid_scope", `the client may not have the scope ${refused}`);
  }
  return requested;
}

/**
 * Verifies a JWT grant: a registered client's signature, `aud` = our issuer (one value), the time
 * window, a jti not seen before, and scopes granted to the client. Throws a GrantError otherwise.
 */
export async function verifyAssertion(assertion: string, check: AssertionCheck): Promise<VerifiedGrant> {
  const client = claimedClient(assertion, check);
  const payload = await verifiedPayload(assertion, client, check);
  if (typeof payload.aud !== "string") throw invalid("aud must be a single value");
  const now = check.now();
  const { exp, jti } = checkTimesAndId(payload, now);
  // Consumed once it is known to be the client's own: a replay fails whatever it asks for.
  if (!check.usedJtis.claim(client.clientId, jti, exp, now)) throw invalid("jti has been used before");
  return { client, scopes: allowedScopes(payload, client) };
}
