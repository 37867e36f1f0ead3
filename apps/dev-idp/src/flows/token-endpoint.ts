import { z } from "zod";

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  id_token: z.string().optional(),
  token_type: z.string(),
  expires_in: z.number().optional(),
  scope: z.string().optional(),
});

/** A successful token endpoint response. */
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

const errorSchema = z.looseObject({ error: z.string(), error_description: z.string().optional() });

/** An OAuth error from an endpoint: `error` is the code ("invalid_client", ...). */
export class OAuthError extends Error {
  readonly error: string;
  readonly status: number;
  constructor(error: string, description: string | undefined, status: number) {
    super(description ? `${error}: ${description}` : error);
    this.name = "OAuthError";
    this.error = error;
    this.status = status;
  }
}

/** `Authorization: Basic` for client_secret_basic (RFC 6749 §2.3.1: form-encode, then base64). */
export function basicAuth(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`;
}

/** POSTs a token request; throws an OAuthError carrying the server's error code when refused. */
export async function requestToken(
  tokenEndpoint: string,
  params: Record<string, string>,
  authorization?: string,
): Promise<TokenResponse> {
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  if (authorization) headers.authorization = authorization;
  const response = await fetch(tokenEndpoint, { method: "POST", headers, body: new URLSearchParams(params) });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body);
    const error = parsed.success
      ? parsed.data
      : { error: "server_error", error_description: `HTTP ${response.status}` };
    throw new OAuthError(error.error, error.error_description, response.status);
  }
  return tokenResponseSchema.parse(body);
}
