/**
 * A Maskinporten token could not be had. The message names the client, the scope and what went
 * wrong, never the key or the assertion.
 */
export class MaskinportenError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "MaskinportenError";
  }
}
