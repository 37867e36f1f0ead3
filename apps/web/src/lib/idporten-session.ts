import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { env } from "../env.ts";
import { type IdportenTokens, isExpired, tokensFromJwt } from "./session-state.ts";

/** The citizen's login as the server sees it: none, expired, or active with its tokens. */
export type IdportenSession =
  | { status: "none" }
  | { status: "expired"; tokens: IdportenTokens }
  | { status: "active"; tokens: IdportenTokens; name: string | null };

/**
 * Decrypts the session cookie on the server to reach the ID-porten tokens, which the
 * session callback deliberately keeps out of `auth()` and /api/auth/session. Cached per request:
 * the layout (for the navigation) and the page both ask.
 */
export const readIdportenSession = cache(async function readIdportenSession(): Promise<IdportenSession> {
  const { AUTH_SECRET, AUTH_URL } = env();
  const cookieHeader = (await cookies()).toString();
  const token = await getToken({
    req: { headers: { cookie: cookieHeader } },
    secret: AUTH_SECRET,
    secureCookie: AUTH_URL.startsWith("https://"),
  });
  const tokens = tokensFromJwt(token);
  if (!tokens) return { status: "none" };
  if (isExpired(tokens.expiresAt)) return { status: "expired", tokens };
  return { status: "active", tokens, name: typeof token?.name === "string" ? token.name : null };
});
