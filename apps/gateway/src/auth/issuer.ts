import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";

/** A token issuer the gateway trusts, with the audience it requires. */
export interface IssuerConfig {
  issuer: string;
  audience: string;
  /** Defaults to the jwks_uri from the issuer's discovery document. */
  jwksUri?: string | undefined;
}

/** Verifies tokens from one issuer; keys are discovered on first use and cached by jose. */
export class TrustedIssuer {
  readonly config: IssuerConfig;
  #keys: ReturnType<typeof createRemoteJWKSet> | undefined;

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
    const { payload } = await jwtVerify(token, await this.#jwks(), {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: ["RS256", "RS384", "RS512", "ES256", "ES384", "PS256"],
      clockTolerance: 5,
    });
    return payload;
  }
}
