import { buildAssertion } from "./assertion.ts";
import { MaskinportenError } from "./errors.ts";
import { type KeySource, keyLoader } from "./private-key.ts";
import { requestToken, tokenEndpoint } from "./token-endpoint.ts";

/** A Maskinporten client registered with a key, asking for one scope. */
export interface MaskinportenClientOptions {
  /** The Maskinporten issuer: the assertion's `aud` and the base of the token endpoint. */
  issuer: string;
  clientId: string;
  scope: string;
  key: KeySource;
  /** Gives up on a token request after this long (default 10 s). */
  timeoutMs?: number;
}

/**
 * Gets access tokens, reusing one until shortly before it expires. Given the token an API has
 * just refused, it drops that token (unless a newer one is already cached) and gets another.
 */
export interface MaskinportenTokenClient {
  accessToken(refused?: string): Promise<string>;
}

/** A token is renewed this long before it expires, at most a quarter of its lifetime. */
const RENEW_BEFORE_MS = 30_000;

/**
 * Maskinporten's JWT grant as a client: signs an assertion with the client's key, asks for a
 * token, and keeps it until shortly before expiry. Concurrent callers share one request; a
 * failed request is not remembered, so the next call tries again.
 */
export function maskinportenTokenClient(options: MaskinportenClientOptions): MaskinportenTokenClient {
  const endpoint = tokenEndpoint(options.issuer);
  const signingKey = keyLoader(options.key);
  const timeoutMs = options.timeoutMs ?? 10_000;
  let cached: { token: string; renewAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const sentAt = Date.now();
    try {
      const assertion = await buildAssertion(options, await signingKey(), sentAt);
      const answer = await requestToken(endpoint, assertion, timeoutMs);
      const lifetimeMs = answer.expires_in * 1000;
      cached = { token: answer.access_token, renewAt: sentAt + lifetimeMs - Math.min(RENEW_BEFORE_MS, lifetimeMs / 4) };
      return answer.access_token;
    } catch (error) {
      const reason = error instanceof MaskinportenError ? error.message : String(error);
      throw new MaskinportenError(
        `no Maskinporten token for client ${options.clientId} (scope ${options.scope}): ${reason}`,
        { cause: error },
      );
    }
  };

  return {
    accessToken(refused) {
      if (refused !== undefined && cached?.token === refused) cached = undefined;
      if (cached && Date.now() < cached.renewAt) return Promise.resolve(cached.token);
      inFlight ??= fetchToken().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
