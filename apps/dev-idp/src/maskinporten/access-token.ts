import { randomUUID } from "node:crypto";
import { importJWK, type JWK, SignJWT } from "jose";
import type { MaskinportenJwtClient } from "../config/clients.ts";
import { KS_FIKS_SCOPE } from "../config/constants.ts";
import type { PrivateJwks } from "../config/keys.ts";
import { consumerFor } from "./consumer.ts";

/** How the JWT grant's access tokens are made: signed with the issuer's own keys. */
export interface AccessTokenSigner {
  issuer: string;
  /** `aud` of tokens for ks:fiks (the Min kommune API), as client_credentials tokens carry it. */
  audience: string;
  jwks: PrivateJwks;
  /** Lifetime in seconds. */
  ttl: number;
}

/** The key oidc-provider signs RS256 tokens with: the first RSA signing key of the set. */
function signingKey(jwks: PrivateJwks): JWK {
  const key = jwks.keys.find((k) => k.kty === "RSA" && (k.alg ?? "RS256") === "RS256" && (k.use ?? "sig") === "sig");
  if (!key) throw new Error("the dev-idp's JWKS has no RS256 signing key");
  return key;
}

/**
 * Signs a Maskinporten access token (`typ: at+jwt`) like the client_credentials ones: `scope`,
 * `client_id`, `consumer`, plus Maskinporten's `client_amr`. Only a token for ks:fiks names an
 * `aud`; other scopes' tokens are not audience-restricted, as at Maskinporten without `resource`.
 */
export async function signAccessToken(
  signer: AccessTokenSigner,
  client: MaskinportenJwtClient,
  scopes: readonly string[],
  nowSeconds: number,
): Promise<string> {
  const key = signingKey(signer.jwks);
  const jwt = new SignJWT({
    scope: scopes.join(" "),
    client_id: client.clientId,
    client_amr: "private_key_jwt",
    consumer: consumerFor(client.orgnr),
  })
    .setProtectedHeader({ alg: "RS256", typ: "at+jwt", ...(key.kid ? { kid: key.kid } : {}) })
    .setIssuer(signer.issuer)
    .setSubject(client.clientId)
    .setJti(randomUUID())
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + signer.ttl);
  if (scopes.includes(KS_FIKS_SCOPE)) jwt.setAudience(signer.audience);
  return jwt.sign(await importJWK(key, "RS256"));
}
