/**
 * The assertion ids (`jti`) seen so far, per client, kept until the assertion has expired: after
 * that its `exp` refuses it anyway. Maskinporten does not accept the same JWT twice.
 */
export class UsedJtis {
  /** `<client id> <jti>` → the assertion's exp, in epoch seconds. */
  readonly #seen = new Map<string, number>();

  /** Records the jti; false when this client already used it. */
  claim(clientId: string, jti: string, exp: number, nowSeconds: number): boolean {
    for (const [key, expiry] of this.#seen) if (expiry < nowSeconds) this.#seen.delete(key);
    const key = `${clientId} ${jti}`;
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, exp);
    return true;
  }
}
