import { DEMO_INTEGRASJONER } from "@minkommune/demo-data";
import type { ClientMetadata } from "oidc-provider";
import {
  DEV_TOKEN_CLIENT_ID,
  DEV_TOKEN_REDIRECT_URI,
  KRR_SCOPE,
  KS_FIKS_SCOPE,
  MIN_KOMMUNE_ORGNR,
  OPPGAVE_CLIENT_ID,
} from "./constants.ts";
import type { PublicJwks } from "./keys.ts";

/** A fagsystem's Maskinporten client: the secret it authenticates with and the orgnr its tokens carry. */
export interface MaskinportenClient {
  clientId: string;
  clientSecret: string;
  /** The vendor's organisasjonsnummer, put in the token's `consumer` claim. */
  orgnr: string;
}

/**
 * A Maskinporten client that gets tokens with the JWT grant, as Maskinporten's own clients do:
 * it signs an assertion with its private key, and the dev-idp checks it against the public key
 * registered here. It may ask only for its `scopes`.
 */
export interface MaskinportenJwtClient {
  clientId: string;
  /** The client's public key(s); the assertion's `kid` picks one. */
  jwks: PublicJwks;
  /** The scopes the client has been granted. */
  scopes: readonly string[];
  /** The organisasjonsnummer put in the token's `consumer` claim. */
  orgnr: string;
}

/** The Oppgave service's client: KRR lookups for reminder e-mails and the citizen's profile. */
export function oppgaveKrrClient(jwks: PublicJwks): MaskinportenJwtClient {
  return { clientId: OPPGAVE_CLIENT_ID, jwks, scopes: [KRR_SCOPE], orgnr: MIN_KOMMUNE_ORGNR };
}

/** Settings for the web app's confidential client. */
export interface WebClientSettings {
  clientId: string;
  clientSecret: string;
}

const WEB_ORIGINS = ["http://localhost:3000", "http://127.0.0.1:3000"];

/** The ID-porten clients: the web app (confidential) and the dev-token CLI (public, PKCE). */
export function idportenClients(web: WebClientSettings, extra: readonly ClientMetadata[] = []): ClientMetadata[] {
  return [
    {
      client_id: web.clientId,
      client_secret: web.clientSecret,
      client_name: "Min kommune",
      grant_types: ["authorization_code"],
      response_types: ["code"],
      redirect_uris: WEB_ORIGINS.map((origin) => `${origin}/api/auth/callback/idporten`),
      post_logout_redirect_uris: WEB_ORIGINS.map((origin) => `${origin}/`),
      token_endpoint_auth_method: "client_secret_basic",
    },
    {
      client_id: DEV_TOKEN_CLIENT_ID,
      client_name: "dev-token",
      grant_types: ["authorization_code"],
      response_types: ["code"],
      redirect_uris: [DEV_TOKEN_REDIRECT_URI],
      token_endpoint_auth_method: "none",
    },
    ...extra,
  ];
}

/** The Maskinporten clients: one per demo integration, plus any extra ones (tests add their own). */
export function maskinportenClients(extra: readonly MaskinportenClient[] = []): MaskinportenClient[] {
  const demo = DEMO_INTEGRASJONER.map((integrasjon) => ({
    clientId: integrasjon.maskinportenClientId,
    clientSecret: integrasjon.maskinportenClientSecret,
    orgnr: integrasjon.orgnr,
  }));
  return [...demo, ...extra];
}

/** oidc-provider metadata for a Maskinporten client: client_credentials only, secret in body or header. */
export function maskinportenClientMetadata(client: MaskinportenClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    grant_types: ["client_credentials"],
    response_types: [],
    redirect_uris: [],
    scope: KS_FIKS_SCOPE,
    // oidc-provider accepts client_secret_post as well for a client registered with client_secret_basic.
    token_endpoint_auth_method: "client_secret_basic",
  };
}
