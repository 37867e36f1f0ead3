import Provider, { errors, type KoaContextWithOIDC } from "oidc-provider";
import { type MaskinportenClient, maskinportenClientMetadata } from "../config/clients.ts";
import { ACCESS_TOKEN_TTL, JWT_BEARER_GRANT, KS_FIKS_SCOPE } from "../config/constants.ts";
import type { PrivateJwks } from "../config/keys.ts";
import { renderErrorPage } from "../shared/provider-pages.ts";
import { apiResourceIndicators } from "../shared/resource-server.ts";
import { consumerFor } from "./consumer.ts";

/** What the Maskinporten stand-in needs: its issuer, the API audience, clients and keys. */
export interface MaskinportenProviderOptions {
  issuer: string;
  audience: string;
  clients: MaskinportenClient[];
  jwks: PrivateJwks;
  cookieKeys: string[];
  /** Lifetime of access tokens in seconds; default ACCESS_TOKEN_TTL. */
  tokenTtl?: number;
}

/** Like Maskinporten, refuse a token request without a scope or with a scope we do not offer. */
function requireKsFiksScope(ctx: KoaContextWithOIDC): void {
  const requested = ctx.oidc.params?.scope;
  if (typeof requested !== "string" || requested.trim() === "") {
    throw new errors.InvalidScope("scope is required", KS_FIKS_SCOPE);
  }
  const unknown = requested.split(" ").find((scope) => scope !== KS_FIKS_SCOPE);
  if (unknown !== undefined) throw new errors.InvalidScope("requested scope is not allowed", unknown);
}

/** An oidc-provider configured like Maskinporten: client_credentials for fagsystem clients, scope ks:fiks. */
export function createMaskinportenProvider(options: MaskinportenProviderOptions): Provider {
  const ttl = options.tokenTtl ?? ACCESS_TOKEN_TTL;
  const orgnrByClient = new Map(options.clients.map((client) => [client.clientId, client.orgnr]));
  const provider = new Provider(options.issuer, {
    clients: options.clients.map(maskinportenClientMetadata),
    jwks: options.jwks,
    clientBasedCORS: () => false,
    cookies: { keys: options.cookieKeys },
    features: {
      clientCredentials: { enabled: true },
      devInteractions: { enabled: false },
      resourceIndicators: apiResourceIndicators(options.audience, KS_FIKS_SCOPE, requireKsFiksScope, ttl),
    },
    extraTokenClaims: (_ctx, token) => {
      const orgnr = token.clientId ? orgnrByClient.get(token.clientId) : undefined;
      return orgnr ? { consumer: consumerFor(orgnr) } : undefined;
    },
    renderError: renderErrorPage("Maskinporten – lokalt testmiljø"),
    // Only the token endpoint matters here; the authorization endpoint exists but no client may use it.
    responseTypes: ["code"],
    scopes: [KS_FIKS_SCOPE],
    ttl: { ClientCredentials: ttl },
  });
  provider.use(announceJwtGrant);
  return provider;
}

/**
 * The JWT grant is answered beside oidc-provider (see token-route.ts), so the provider does not
 * know it; the discovery document still lists it, as Maskinporten's own does.
 */
async function announceJwtGrant(ctx: { path: string; body?: unknown }, next: () => Promise<void>): Promise<void> {
  await next();
  const body = ctx.body as { grant_types_supported?: string[] } | undefined;
  if (ctx.path.endsWith("/.well-known/openid-configuration") && Array.isArray(body?.grant_types_supported)) {
    if (!body.grant_types_supported.includes(JWT_BEARER_GRANT)) body.grant_types_supported.push(JWT_BEARER_GRANT);
  }
}
