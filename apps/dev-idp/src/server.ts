import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ClientMetadata } from "oidc-provider";
import {
  idportenClients,
  type MaskinportenClient,
  type MaskinportenJwtClient,
  maskinportenClients,
  oppgaveKrrClient,
} from "./config/clients.ts";
import { ACCESS_TOKEN_TTL, IDPORTEN_PATH, MASKINPORTEN_PATH } from "./config/constants.ts";
import { defaultDataDir } from "./config/data-dir.ts";
import { loadOrCreateSigningJwks, type PrivateJwks, type PublicJwks } from "./config/keys.ts";
import { AccountRegistry } from "./idporten/accounts.ts";
import { createInteractionHandler } from "./idporten/interactions.ts";
import { createIdportenProvider } from "./idporten/provider.ts";
import { createJwtGrant } from "./maskinporten/jwt-grant.ts";
import { createMaskinportenProvider } from "./maskinporten/provider.ts";
import { maskinportenTokenRoute } from "./maskinporten/token-route.ts";
import { createRequestHandler, type DevIdpApps } from "./routes.ts";
import { mountProvider } from "./shared/mount.ts";

export type { MaskinportenClient, MaskinportenJwtClient } from "./config/clients.ts";
export {
  DEV_TOKEN_CLIENT_ID,
  DEV_TOKEN_REDIRECT_URI,
  JWT_BEARER_GRANT,
  KRR_SCOPE,
  KS_FIKS_SCOPE,
  OPPGAVE_CLIENT_ID,
} from "./config/constants.ts";
export { generateSigningJwks, type PrivateJwks, type PublicJwks, publicJwks } from "./config/keys.ts";

/** How to start a dev-idp; everything has a local default. */
export interface DevIdpOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; default 4400, 0 picks a free one. */
  port?: number;
  /** ID-porten issuer; default http://localhost:<bound port>/idporten. */
  idportenIssuer?: string;
  /** Maskinporten issuer; default http://localhost:<bound port>/maskinporten. */
  maskinportenIssuer?: string;
  /** `aud` of ID-porten access tokens; default "minkommune-api". */
  idportenAudience?: string;
  /** `aud` of Maskinporten access tokens; default "minkommune-api". */
  maskinportenAudience?: string;
  /** The web app's client id; default "min-kommune-web". */
  webClientId?: string;
  /** The web app's client secret; default "dev-web-secret". */
  webClientSecret?: string;
  /** More ID-porten clients (oidc-provider client metadata). */
  extraIdportenClients?: ClientMetadata[];
  /** More Maskinporten clients besides the demo integrations. */
  extraMaskinportenClients?: MaskinportenClient[];
  /** Maskinporten clients that get tokens with the JWT grant, authenticated by their public keys. */
  maskinportenJwtClients?: MaskinportenJwtClient[];
  /** The Oppgave service's public key: registers its client for KRR (`min-kommune-oppgave`). */
  oppgaveClientJwks?: PublicJwks;
  /** Lifetime of Maskinporten access tokens in seconds; default one hour. */
  maskinportenTokenTtl?: number;
  /** Private signing keys; default: generated once and kept under `dataDir`. */
  jwks?: PrivateJwks;
  /** Where generated keys are kept (`<dataDir>/dev-idp/jwks.json`); default `.data/` at the repo root. */
  dataDir?: string;
}

/** A running dev-idp. */
export interface DevIdp {
  /** Base URL of the server, e.g. http://localhost:4400. */
  url: string;
  idportenIssuer: string;
  maskinportenIssuer: string;
  close(): Promise<void>;
}

/** The host name to put in URLs: loopback and wildcard addresses become "localhost", as in the defaults. */
function publicHost(host: string): string {
  if (["127.0.0.1", "::1", "localhost", "0.0.0.0", "::"].includes(host)) return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function buildApps(
  options: DevIdpOptions,
  issuers: { idporten: string; maskinporten: string },
  jwks: PrivateJwks,
): DevIdpApps {
  const accounts = new AccountRegistry();
  const web = {
    clientId: options.webClientId ?? "min-kommune-web",
    clientSecret: options.webClientSecret ?? "dev-web-secret",
  };
  const idporten = createIdportenProvider({
    issuer: issuers.idporten,
    audience: options.idportenAudience ?? "minkommune-api",
    clients: idportenClients(web, options.extraIdportenClients),
    jwks,
    accounts,
    // Sessions live in memory, so cookie keys need not outlive the process.
    cookieKeys: [randomBytes(32).toString("base64url")],
  });
  const maskinportenAudience = options.maskinportenAudience ?? "minkommune-api";
  const ttl = options.maskinportenTokenTtl ?? ACCESS_TOKEN_TTL;
  const maskinporten = mountProvider(
    createMaskinportenProvider({
      issuer: issuers.maskinporten,
      audience: maskinportenAudience,
      clients: maskinportenClients(options.extraMaskinportenClients),
      jwks,
      cookieKeys: [randomBytes(32).toString("base64url")],
      tokenTtl: ttl,
    }),
  );
  const jwtClients = [
    ...(options.oppgaveClientJwks ? [oppgaveKrrClient(options.oppgaveClientJwks)] : []),
    ...(options.maskinportenJwtClients ?? []),
  ];
  const jwtGrant = createJwtGrant({
    issuer: issuers.maskinporten,
    audience: maskinportenAudience,
    jwks,
    ttl,
    clients: jwtClients,
  });
  return {
    idporten: mountProvider(idporten),
    idportenInteractions: createInteractionHandler(idporten, accounts),
    maskinporten,
    maskinportenToken: maskinportenTokenRoute(maskinporten, jwtGrant),
  };
}

/** Starts the ID-porten and Maskinporten stand-ins on one HTTP server. */
export async function createDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const jwks = options.jwks ?? (await loadOrCreateSigningJwks(options.dataDir ?? defaultDataDir()));
  const host = options.host ?? "127.0.0.1";
  let handler: ((...args: Parameters<ReturnType<typeof createRequestHandler>>) => void) | undefined;
  // The issuers may depend on the bound port, so the providers are built after listening.
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  const port = await listen(server, host, options.port ?? 4400);

  const url = `http://${publicHost(host)}:${port}`;
  const issuers = {
    idporten: (options.idportenIssuer ?? `${url}${IDPORTEN_PATH}`).replace(/\/$/, ""),
    maskinporten: (options.maskinportenIssuer ?? `${url}${MASKINPORTEN_PATH}`).replace(/\/$/, ""),
  };
  handler = createRequestHandler(buildApps(options, issuers, jwks));

  let closed: Promise<void> | undefined;
  return {
    url,
    idportenIssuer: issuers.idporten,
    maskinportenIssuer: issuers.maskinporten,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from fetch would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
