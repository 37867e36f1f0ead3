/** What a request's Content-Security-Policy depends on. */
export interface CspOptions {
  /** Fresh per request; Next.js puts it on its own scripts. */
  nonce: string;
  /** `next dev` needs eval for React's debugging and a WebSocket for hot reload. */
  development: boolean;
  /** Origins our forms may post to or be redirected to: the IdP for login and logout. */
  formTargets: readonly string[];
  /** Only over https: asks the browser to upgrade any stray http subresource. */
  https: boolean;
}

/**
 * A strict, nonce-based policy: scripts run only with this request's nonce (and what they load,
 * via 'strict-dynamic'); no plugins, no framing, no foreign form targets.
 */
export function contentSecurityPolicy({ nonce, development, formTargets, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${formTargets.join(" ")}`.trim(),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A random nonce, base64 of 16 random bytes. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
