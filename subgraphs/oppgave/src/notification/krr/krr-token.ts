import { maskinportenTokenClient } from "../../maskinporten/token-client.ts";
import type { KrrAccessToken } from "./krr-http.ts";
import type { KrrMaskinportenConfig } from "./maskinporten-env.ts";

/** The scope KRR requires for looking up contact details. */
export const KRR_SCOPE = "krr:global/kontaktinformasjon.read";

/**
 * KRR's access token: a Maskinporten token for krr:global/kontaktinformasjon.read, cached and
 * shared by every KRR lookup of the process (the profile's and the reminders').
 */
export function krrAccessToken(config: KrrMaskinportenConfig): KrrAccessToken {
  const client = maskinportenTokenClient({ ...config, scope: KRR_SCOPE });
  return (refused) => client.accessToken(refused);
}
