import { jwtVerify, SignJWT } from "jose";
import { type Principal, principalSchema } from "./principal.ts";

/** Header the gateway uses to pass its signed internal token to subgraphs. */
export const INTERNAL_TOKEN_HEADER = "x-minkommune-internal-token";

const ISSUER = "minkommune-gateway";
const AUDIENCE = "minkommune-subgraph";
/** Short enough that a leaked token is useless soon, long enough for one federated request. */
const LIFETIME_SECONDS = 60;

function keyFrom(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error("The internal token secret must be at least 32 characters");
  return new TextEncoder().encode(secret);
}

/** Signs the principal for subgraph calls (HS256, 60 s). */
export async function signInternalToken(principal: Principal, secret: string): Promise<string> {
  return new SignJWT({ principal })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(keyFrom(secret));
}

/** Verifies an internal token and returns its principal; throws on any defect. */
export async function verifyInternalToken(token: string, secret: string): Promise<Principal> {
  return (await verifyInternalTokenUntil(token, secret)).principal;
}

/** Verifies an internal token; returns its principal and when it expires (epoch ms). */
export async function verifyInternalTokenUntil(
  token: string,
  secret: string,
): Promise<{ principal: Principal; expires: number }> {
  const { payload } = await jwtVerify(token, keyFrom(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ["HS256"],
  });
  return { principal: principalSchema.parse(payload.principal), expires: (payload.exp ?? 0) * 1000 };
}
