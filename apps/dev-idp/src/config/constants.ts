/** Where the ID-porten stand-in is mounted on the dev-idp server. */
export const IDPORTEN_PATH = "/idporten";

/** Where the Maskinporten stand-in is mounted on the dev-idp server. */
export const MASKINPORTEN_PATH = "/maskinporten";

/**
 * The resource indicator both stand-ins default to. RFC 8707 wants an absolute URI here, so the
 * indicator is a URN and the access token's `aud` is the configured audience ("minkommune-api").
 */
export const API_RESOURCE = "urn:minkommune:api";

/** The scope Fiks requires on Maskinporten tokens (and on citizen tokens used against Fiks APIs). */
export const KS_FIKS_SCOPE = "ks:fiks";

/** The scope KRR (Kontakt- og reservasjonsregisteret) requires for looking up contact details. */
export const KRR_SCOPE = "krr:global/kontaktinformasjon.read";

/** Maskinporten's JWT grant (RFC 7523): the client authenticates with an assertion signed by its own key. */
export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/** The Maskinporten client of Min kommune's Oppgave service, which looks up e-mail addresses in KRR. */
export const OPPGAVE_CLIENT_ID = "min-kommune-oppgave";

/** Min kommune's operator, the `consumer` of the Oppgave client's tokens (a synthetic organisasjonsnummer). */
export const MIN_KOMMUNE_ORGNR = "310000035";

/** The public client the `dev-token` CLI and tests log in with. */
export const DEV_TOKEN_CLIENT_ID = "dev-token";

/** The dev-token client's redirect URI. Nothing listens there: the client stops at the redirect. */
export const DEV_TOKEN_REDIRECT_URI = "http://127.0.0.1:4400/dev-token/callback";

/** Lifetime of access tokens from both stand-ins, in seconds. Long enough for a CLI session. */
export const ACCESS_TOKEN_TTL = 60 * 60;
