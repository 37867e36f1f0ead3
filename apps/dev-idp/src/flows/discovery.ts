import { z } from "zod";

const discoverySchema = z.looseObject({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  end_session_endpoint: z.url().optional(),
});

/** The endpoints an issuer publishes in its discovery document. */
export type Discovery = z.infer<typeof discoverySchema>;

/** Fetches `<issuer>/.well-known/openid-configuration`. */
export async function discover(issuer: string): Promise<Discovery> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`discovery failed: ${url} answered ${response.status}`);
  return discoverySchema.parse(await response.json());
}
