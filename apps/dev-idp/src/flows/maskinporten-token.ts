import { KS_FIKS_SCOPE } from "../config/constants.ts";
import { discover } from "./discovery.ts";
import { basicAuth, requestToken } from "./token-endpoint.ts";

/** Who asks Maskinporten for a token. */
export interface MaskinportenTokenOptions {
  /** The Maskinporten issuer (or any base URL serving its discovery document). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Default "ks:fiks". */
  scope?: string;
}

/** Gets a Maskinporten access token with the client_credentials grant (client_secret_basic). */
export async function fetchMaskinportenToken(options: MaskinportenTokenOptions): Promise<string> {
  const { token_endpoint } = await discover(options.issuer);
  const response = await requestToken(
    token_endpoint,
    { grant_type: "client_credentials", scope: options.scope ?? KS_FIKS_SCOPE },
    basicAuth(options.clientId, options.clientSecret),
  );
  return response.access_token;
}
