import NextAuth, { type NextAuthConfig } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { env } from "./env.ts";
import { registrerInnlogging } from "./lib/innlogging.ts";
import { isExpired, tokensFromJwt, tokensFromSignIn } from "./lib/session-state.ts";

/** The next-auth provider id for ID-porten (and the dev-idp standing in for it). */
export const IDPORTEN_PROVIDER_ID = "idporten";

/** The id_token claims we read; ID-porten sends `pid` and `acr`, the dev-idp may add `name`. */
interface IdportenProfile extends Record<string, unknown> {
  sub: string;
  acr?: string;
  name?: string;
}

function idporten(): OIDCConfig<IdportenProfile> {
  const { IDPORTEN_ISSUER, IDPORTEN_CLIENT_ID, IDPORTEN_CLIENT_SECRET } = env();
  return {
    id: IDPORTEN_PROVIDER_ID,
    name: "ID-porten",
    type: "oidc",
    issuer: IDPORTEN_ISSUER,
    clientId: IDPORTEN_CLIENT_ID,
    clientSecret: IDPORTEN_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid profile" } },
    // Only the display name leaves the id_token; the pid stays with the IdP and the gateway.
    profile: (profile) => ({ id: profile.sub, name: profile.name ?? null }),
  };
}

function config(): NextAuthConfig {
  const { AUTH_SECRET, AUTH_URL } = env();
  return {
    secret: AUTH_SECRET,
    // The public URL comes from AUTH_URL in production; locally the Host header (localhost) is trusted.
    trustHost: true,
    useSecureCookies: AUTH_URL.startsWith("https://"),
    // No refresh token from ID-porten: the session cannot outlive its access token by much anyway.
    session: { strategy: "jwt", maxAge: 60 * 60 },
    providers: [idporten()],
    // Failed or cancelled logins land on the front page (?error=…), in our language and under our CSP.
    pages: { signIn: "/", error: "/" },
    callbacks: {
      async jwt({ token, account, profile }) {
        if (account) {
          // Sign-in: keep the ID-porten tokens inside the encrypted cookie only.
          const idporten = tokensFromSignIn(account, profile?.acr);
          if (!idporten) return null;
          // Exactly once per login: this branch runs only when ID-porten has just answered.
          await registrerInnlogging(idporten.accessToken);
          return { name: token.name, sub: token.sub, idporten };
        }
        const idporten = tokensFromJwt(token);
        // An expired (or unreadable) ID-porten login ends the session: the citizen logs in again.
        return idporten && !isExpired(idporten.expiresAt) ? token : null;
      },
      session({ session, token }) {
        // The session is what /api/auth/session shows the browser: name and level, never a token.
        const idporten = tokensFromJwt(token);
        return {
          expires: session.expires,
          user: { name: session.user?.name ?? null },
          niva: idporten?.niva ?? null,
        };
      },
    },
  };
}

/** next-auth for the app; configured lazily so `next build` needs no secrets. */
export const { handlers, auth, signIn, signOut } = NextAuth(config);
