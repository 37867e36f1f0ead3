import { createHash } from "node:crypto";
import { TtlCache } from "@minkommune/auth";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";

/** How long a verified token is trusted without checking its signature again (never past exp). */
const VERIFIED_TTL_MS = 60_000;

/** A token issuer the gateway trusts, with the audience it requires. */
export interface IssuerConfig {
  issuer: string;
  audience: string;
  /** Defaults to the jwks_uri from the issuer's discovery document. */
  jwksUri?: string | undefined;
}

/**
 * Verifies tokens from one issuer; keys are discovered on first use and cached by jose. A
 * fagsystem or a web session sends the same token many times, so successful verifications are
 * remembered (by the token's hash, until its exp or at most a minute) and the signature check
 * runs once per token, not once per request.
 */
export class TrustedIssuer {
  readonly config: IssuerConfig;
  #keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  readonly #verified = new TtlCache<JWTPayload>(10_000);

  constructor(config: IssuerConfig) {
    this.config = config;
  }

  async #jwks() {
    if (!this.#keys) {
      let uri = this.config.jwksUri;
      if (!uri) {
        const discovery = await fetch(`${this.config.issuer}/.well-known/openid-configuration`);
        if (!discovery.ok) throw new Error(`Discovery failed for ${this.config.issuer}: ${discovery.status}`);
        uri = ((await discovery.json()) as { jwks_uri: string }).jwks_uri;
      }
      this.#keys = createRemoteJWKSet(new URL(uri));
    }
    return this.#keys;
  }

  /** The verified payload (signature, iss, aud, exp, nbf); throws on any defect. */
  async verify(token: string): Promise<JWTPayload> {
    const key = createHash("sha256").update(token).digest("base64url");
    const cached = this.#verified.get(key);
    if (cached) return cached;
    const { payload } = await jwtVerify(token, await this.#jwks(), {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: ["RS256", "RS384", "RS512", "ES256", "ES384", "PS256"],
      clockTolerance: 5,
    });
    if (typeof payload.exp === "number") {
      this.#verified.set(key, payload, Math.min(payload.exp * 1000, Date.now() + VERIFIED_TTL_MS));
    }
    return payload;
  }
}
