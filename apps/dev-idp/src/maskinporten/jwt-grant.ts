import type { MaskinportenJwtClient } from "../config/clients.ts";
import { type AccessTokenSigner, signAccessToken } from "./access-token.ts";
import { verifyAssertion } from "./assertion.ts";
import { GrantError } from "./grant-error.ts";
import { UsedJtis } from "./used-jtis.ts";

/** What the JWT grant needs: the token signer and the clients registered with a key. */
export interface JwtGrantOptions extends AccessTokenSigner {
  clients: readonly MaskinportenJwtClient[];
  /** Epoch seconds; tests may move it. Default: the system clock. */
  now?: () => number;
}

/** A token endpoint answer: status and JSON body. */
export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Maskinporten's token request with `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`:
 * the form's one `assertion` is the client's signed JWT; no other client authentication. The
 * answer is `{ access_token, token_type, expires_in, scope }`, or an OAuth error with 400.
 */
export function createJwtGrant(options: JwtGrantOptions): (form: URLSearchParams) => Promise<TokenAnswer> {
  const clients = new Map(options.clients.map((client) => [client.clientId, client]));
  const usedJtis = new UsedJtis();
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  return async (form) => {
    try {
      const assertions = form.getAll("assertion");
      if (assertions.length !== 1 || !assertions[0]) {
        throw new GrantError("invalid_request", "assertion is required, once");
      }
      const { client, scopes } = await verifyAssertion(assertions[0], {
        issuer: options.issuer,
        clients,
        usedJtis,
        now,
      });
      const accessToken = await signAccessToken(options, client, scopes, now());
      return {
        status: 200,
        body: { access_token: accessToken, token_type: "Bearer", expires_in: options.ttl, scope: scopes.join(" ") },
      };
    } catch (error) {
      if (!(error instanceof GrantError)) throw error;
      return { status: 400, body: { error: error.error, error_description: error.message } };
    }
  };
}
