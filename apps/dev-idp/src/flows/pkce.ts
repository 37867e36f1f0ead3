import { createHash, randomBytes } from "node:crypto";

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export function createPkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

/** A random value for `state` or `nonce`. */
export function randomToken(): string {
  return randomBytes(16).toString("base64url");
}
