import "server-only";
import { z } from "zod";

/** The development secret for next-auth's encrypted session cookie; production must set its own. */
export const DEV_AUTH_SECRET = "dev-only-auth-secret-change-me-0123456789abcdef";

/** The web app's settings, parsed from `env` (see .env.example). Production requires the secret and URL. */
export function parseEnv(env: NodeJS.ProcessEnv) {
  const production = env.APP_ENV === "production";
  return z
    .object({
      AUTH_SECRET: production ? z.string().min(32) : z.string().min(32).default(DEV_AUTH_SECRET),
      AUTH_URL: production ? z.url() : z.url().default("http://localhost:3000"),
      IDPORTEN_ISSUER: z.url().default("http://localhost:4400/idporten"),
      IDPORTEN_CLIENT_ID: z.string().min(1).default("min-kommune-web"),
      IDPORTEN_CLIENT_SECRET: z.string().min(1).default("dev-web-secret"),
      GATEWAY_URL: z.url().default("http://127.0.0.1:4000/graphql"),
    })
    .parse(env);
}

/** Parsed settings of the web app. */
export type WebEnv = ReturnType<typeof parseEnv>;

let cached: WebEnv | undefined;

/**
 * The web app's settings. Read lazily, not at import, because `next build` imports server
 * modules with no secrets set; with APP_ENV=production a request without them fails loudly.
 */
export function env(): WebEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
