import { z } from "zod";
import { MaskinportenError } from "../../maskinporten/errors.ts";
import { type KeySource, parsePrivateKey } from "../../maskinporten/private-key.ts";

/** The dev-idp's Maskinporten stand-in, the issuer KRR tokens come from in development. */
export const DEV_MASKINPORTEN_ISSUER = "http://localhost:4400/maskinporten";

/** How the Oppgave service gets its Maskinporten token for KRR. */
export interface KrrMaskinportenConfig {
  /** The Maskinporten issuer: https://maskinporten.no/ in production. */
  issuer: string;
  clientId: string;
  key: KeySource;
}

/** KRR_MASKINPORTEN_KEY: a private JWK as JSON, refused without echoing it (it is a secret). */
const privateKeyJson = z.string().transform((text, ctx) => {
  try {
    return parsePrivateKey(text, "KRR_MASKINPORTEN_KEY");
  } catch (error) {
    if (!(error instanceof MaskinportenError)) throw error;
    ctx.addIssue({ code: "custom", message: error.message });
    return z.NEVER;
  }
});

/**
 * Reads KRR_MASKINPORTEN_CLIENT_ID, KRR_MASKINPORTEN_KEY or KRR_MASKINPORTEN_KEY_FILE, and
 * KRR_MASKINPORTEN_ISSUER. The real KRR wants a Maskinporten token on every lookup, so
 * production requires them. In development they are optional (dev-krr then asks for no token)
 * and the issuer defaults to the dev-idp; undefined means KRR is called without a token.
 */
export function readKrrMaskinportenEnv(env: NodeJS.ProcessEnv, production: boolean): KrrMaskinportenConfig | undefined {
  const parsed = z
    .object({
      // The assertion and the token cross this connection: only https in production. The issuer is
      // the assertion's aud, letter for letter (https://maskinporten.no/ with its slash).
      KRR_MASKINPORTEN_ISSUER: production
        ? z.url({ protocol: /^https$/, error: "KRR_MASKINPORTEN_ISSUER must be an https URL in production" })
        : z.url().default(DEV_MASKINPORTEN_ISSUER),
      KRR_MASKINPORTEN_CLIENT_ID: production ? z.string().min(1) : z.string().min(1).optional(),
      KRR_MASKINPORTEN_KEY: privateKeyJson.optional(),
      KRR_MASKINPORTEN_KEY_FILE: z.string().min(1).optional(),
    })
    .superRefine((value, ctx) => {
      const keys = [value.KRR_MASKINPORTEN_KEY, value.KRR_MASKINPORTEN_KEY_FILE].filter(Boolean).length;
      if (keys > 1) {
        ctx.addIssue({
          code: "custom",
          path: ["KRR_MASKINPORTEN_KEY"],
          message: "set KRR_MASKINPORTEN_KEY or KRR_MASKINPORTEN_KEY_FILE, not both",
        });
      }
      if (value.KRR_MASKINPORTEN_CLIENT_ID && keys === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["KRR_MASKINPORTEN_KEY"],
          message:
            "KRR_MASKINPORTEN_CLIENT_ID needs the client's private key: KRR_MASKINPORTEN_KEY or KRR_MASKINPORTEN_KEY_FILE",
        });
      }
      if (!value.KRR_MASKINPORTEN_CLIENT_ID && keys > 0) {
        ctx.addIssue({
          code: "custom",
          path: ["KRR_MASKINPORTEN_CLIENT_ID"],
          message: "KRR_MASKINPORTEN_CLIENT_ID is required with KRR_MASKINPORTEN_KEY or KRR_MASKINPORTEN_KEY_FILE",
        });
      }
    })
    .parse(env);
  if (!parsed.KRR_MASKINPORTEN_CLIENT_ID) return undefined;
  const key: KeySource | undefined = parsed.KRR_MASKINPORTEN_KEY
    ? { jwk: parsed.KRR_MASKINPORTEN_KEY }
    : parsed.KRR_MASKINPORTEN_KEY_FILE
      ? { file: parsed.KRR_MASKINPORTEN_KEY_FILE }
      : undefined;
  if (!key) return undefined;
  return { issuer: parsed.KRR_MASKINPORTEN_ISSUER, clientId: parsed.KRR_MASKINPORTEN_CLIENT_ID, key };
}
