import { z } from "zod";
import { MaskinportenError } from "./errors.ts";

/** The JWT grant's grant_type (RFC 7523). */
export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });
const errorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** An access token and how many seconds it lives. */
export type TokenAnswer = z.infer<typeof tokenSchema>;

/**
 * Maskinporten's token endpoint: `<issuer>/token` (https://maskinporten.no/token in production,
 * <dev-idp>/maskinporten/token locally).
 */
export function tokenEndpoint(issuer: string): URL {
  return new URL("token", issuer.endsWith("/") ? issuer : `${issuer}/`);
}

/** A short, single-line excerpt of a server's error text for a log line. */
const excerpt = (text: string) => text.replace(/\s+/g, " ").slice(0, 200);

/** Sends the assertion; what comes back is a token, or a MaskinportenError saying why not. */
export async function requestToken(endpoint: URL, assertion: string, timeoutMs: number): Promise<TokenAnswer> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError") {
      throw new MaskinportenError(`${endpoint} did not answer within ${timeoutMs} ms`);
    }
    const cause = error instanceof Error ? ((error.cause as NodeJS.ErrnoException)?.code ?? error.message) : error;
    throw new MaskinportenError(`could not reach ${endpoint} (${cause})`, { cause: error });
  }
  if (!response.ok) {
    const refusal = errorSchema.safeParse(body);
    const reason = refusal.success
      ? `${refusal.data.error}${refusal.data.error_description ? `: ${excerpt(refusal.data.error_description)}` : ""}`
      : "no OAuth error in the answer";
    throw new MaskinportenError(`${endpoint} refused the token request with HTTP ${response.status} (${reason})`);
  }
  const token = tokenSchema.safeParse(body);
  if (!token.success) throw new MaskinportenError(`${endpoint} answered without access_token and expires_in`);
  return token.data;
}
