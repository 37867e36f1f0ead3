import "server-only";
import { z } from "zod";
import { env } from "../env.ts";

const discoverySchema = z.object({ end_session_endpoint: z.url().optional() });

let cached: Promise<string | null> | undefined;

/**
 * The IdP's end_session_endpoint from its discovery document, fetched once per process.
 * Null when the IdP has none or cannot be reached; logout then ends only our own session.
 */
export function endSessionEndpoint(): Promise<string | null> {
  cached ??= fetch(`${env().IDPORTEN_ISSUER}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5_000),
  })
    .then(async (response) => (response.ok ? discoverySchema.parse(await response.json()) : {}))
    .then((doc) => doc.end_session_endpoint ?? null)
    .catch(() => null);
  const result = cached;
  // A failed lookup is retried on the next logout instead of being remembered.
  void result.then((endpoint) => {
    if (endpoint === null && cached === result) cached = undefined;
  });
  return result;
}
