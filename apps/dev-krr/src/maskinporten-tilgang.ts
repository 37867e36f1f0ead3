import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";

/** The scope KRR requires on the Maskinporten token of every oppslag. */
export const KRR_SCOPE = "krr:global/kontaktinformasjon.read";

/** Whose tokens dev-krr accepts. */
export interface MaskinportenTilgangOptions {
  /** The Maskinporten issuer, e.g. http://localhost:4400/maskinporten (the dev-idp). */
  issuer: string;
  /** Where its public keys are; default: `jwks_uri` from the issuer's discovery document. */
  jwksUri?: string;
}

/** The outcome of checking a request's token; a refusal carries KRR-like status and headers. */
export type Tilgang = { ok: true } | { ok: false; status: 401 | 403 | 503; wwwAuthenticate?: string; melding: string };

const discoverySchema = z.object({ jwks_uri: z.url() });

/** The issuer's key set, found through discovery once and then kept (jose refetches on an unknown kid). */
function keySet(options: MaskinportenTilgangOptions): () => Promise<JWTVerifyGetKey> {
  let loading: Promise<JWTVerifyGetKey> | undefined;
  const load = async () => {
    if (options.jwksUri) return createRemoteJWKSet(new URL(options.jwksUri));
    const discovery = `${options.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
    const response = await fetch(discovery, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`${discovery} answered ${response.status}`);
    return createRemoteJWKSet(new URL(discoverySchema.parse(await response.json()).jwks_uri));
  };
  return () => {
    // A failed load is forgotten, so the next request tries again (the dev-idp may start later).
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

const invalidToken = (melding: string): Tilgang => ({
  ok: false,
  status: 401,
  wwwAuthenticate: 'Bearer realm="KRR", error="invalid_token"',
  melding,
});

const utenNokler = (error: unknown): Tilgang => {
  console.error(`dev-krr: could not load Maskinporten's keys: ${error instanceof Error ? error.message : error}`);
  return { ok: false, status: 503, melding: "Kunne ikke hente Maskinportens nøkler" };
};

/**
 * KRR's access check: a Bearer token from Maskinporten (signature against the issuer's keys,
 * iss, exp) with the scope krr:global/kontaktinformasjon.read. Missing or invalid → 401,
 * another scope → 403, keys not to be had → 503.
 */
export function maskinportenTilgang(options: MaskinportenTilgangOptions): (authorization?: string) => Promise<Tilgang> {
  const keys = keySet(options);
  return async (authorization) => {
    const [scheme, token] = authorization?.split(" ") ?? [];
    if (scheme?.toLowerCase() !== "bearer" || !token) {
      return { ok: false, status: 401, wwwAuthenticate: 'Bearer realm="KRR"', melding: "Mangler Maskinporten-token" };
    }
    let getKey: JWTVerifyGetKey;
    try {
      getKey = await keys();
    } catch (error) {
      return utenNokler(error);
    }
    let scope: unknown;
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: options.issuer,
        // Only access tokens: the issuer signs other JWTs with the same keys.
        typ: "at+jwt",
        algorithms: ["RS256"],
        requiredClaims: ["exp"],
      });
      scope = payload.scope;
    } catch (error) {
      if (error instanceof errors.JWTExpired) return invalidToken("Tokenet er utløpt");
      // Fetching the key set failed (the issuer is down): not the token's fault.
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) return utenNokler(error);
      return invalidToken("Ugyldig token");
    }
    if (typeof scope !== "string" || !scope.split(" ").includes(KRR_SCOPE)) {
      return {
        ok: false,
        status: 403,
        wwwAuthenticate: `Bearer realm="KRR", error="insufficient_scope", scope="${KRR_SCOPE}"`,
        melding: `Tokenet mangler scope ${KRR_SCOPE}`,
      };
    }
    return { ok: true };
  };
}
