import { randomUUID } from "node:crypto";
import { importJWK, type JWK, SignJWT } from "jose";
import { JWT_BEARER_GRANT } from "../config/constants.ts";
import { discover } from "./discovery.ts";
import { requestToken } from "./token-endpoint.ts";

/** A Maskinporten client with its own key: who asks, for what. */
export interface MaskinportenJwtGrantOptions {
  /** The Maskinporten issuer: the assertion's `aud`, and where discovery finds the token endpoint. */
  issuer: string;
  clientId: string;
  /** The client's private JWK; its `kid` goes in the assertion's header. */
  privateKey: JWK;
  scope: string;
}

/** Gets a Maskinporten access token with the JWT grant, for tests of the services that demand one. */
export async function fetchMaskinportenTokenWithJwtGrant(options: MaskinportenJwtGrantOptions): Promise<string> {
  const { token_endpoint } = await discover(options.issuer);
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({ scope: options.scope })
    .setProtectedHeader({ alg: "RS256", ...(options.privateKey.kid ? { kid: options.privateKey.kid } : {}) })
    .setAudience(options.issuer)
    .setIssuer(options.clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .setJti(randomUUID())
    .sign(await importJWK(options.privateKey, "RS256"));
  const response = await requestToken(token_endpoint, { grant_type: JWT_BEARER_GRANT, assertion });
  return response.access_token;
}
