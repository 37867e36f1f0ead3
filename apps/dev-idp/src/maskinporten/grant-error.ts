/** A refused token request, answered as `{ error, error_description }` with status 400 (RFC 6749 §5.2). */
export class GrantError extends Error {
  /** The OAuth error code: invalid_request, invalid_grant or invalid_scope. */
  readonly error: "invalid_request" | "invalid_grant" | "invalid_scope";
  constructor(error: GrantError["error"], description: string) {
    super(description);
    this.name = "GrantError";
    this.error = error;
  }
}
