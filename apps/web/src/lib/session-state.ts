import { nivaFromAcr } from "@minkommune/auth";

/** What the encrypted session cookie holds about the ID-porten login; never sent to the browser in clear. */
export interface IdportenTokens {
  accessToken: string;
  idToken: string;
  /** When the access token expires, in seconds since the epoch. */
  expiresAt: number;
  /** Login level from the `acr` claim. */
  niva: 3 | 4;
}

/** Seconds of slack so a token that expires while a request is in flight counts as expired already. */
const EXPIRY_SKEW_SECONDS = 10;

/** True when the access token has expired (or is about to); such a session counts as logged out. */
export function isExpired(expiresAt: number, nowMs: number = Date.now()): boolean {
  return nowMs / 1000 >= expiresAt - EXPIRY_SKEW_SECONDS;
}

/** The token fields an ID-porten sign-in gives us, or null when something the app relies on is missing. */
export function tokensFromSignIn(
  account: { access_token?: string; id_token?: string; expires_at?: number },
  acr: unknown,
): IdportenTokens | null {
  const niva = nivaFromAcr(acr);
  if (!account.access_token || !account.id_token || !account.expires_at || niva === null) return null;
  return { accessToken: account.access_token, idToken: account.id_token, expiresAt: account.expires_at, niva };
}

/** Reads the ID-porten fields back out of a decoded session token, or null when they are absent or malformed. */
export function tokensFromJwt(token: Record<string, unknown> | null | undefined): IdportenTokens | null {
  const idporten = token?.idporten;
  if (typeof idporten !== "object" || idporten === null) return null;
  const { accessToken, idToken, expiresAt, niva } = idporten as Record<string, unknown>;
  if (typeof accessToken !== "string" || typeof idToken !== "string" || typeof expiresAt !== "number") return null;
  if (niva !== 3 && niva !== 4) return null;
  return { accessToken, idToken, expiresAt, niva };
}
