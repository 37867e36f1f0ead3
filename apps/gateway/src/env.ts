import { DEV_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit";
import { z } from "zod";

/** The development default for the citizen key secret; production must set its own. */
export const DEV_INNBYGGER_ID_SECRET = "dev-only-innbygger-id-secret-change-me-0123456789";

/** The gateway's environment; defaults run locally with nothing set. */
export function readGatewayEnv(env: NodeJS.ProcessEnv = process.env) {
  const production = env.APP_ENV === "production";
  const secret = (dev: string) => (production ? z.string().min(32) : z.string().min(32).default(dev));
  const parsed = z
    .object({
      HOST: z.string().default("127.0.0.1"),
      PORT: z.coerce.number().int().min(0).max(65535).default(4000),
      DATABASE_URL: production ? z.string().startsWith("postgres") : z.string().optional(),
      DATA_DIR: z.string().optional(),
      SEED_DEMO: z.enum(["true", "false"]).default(production ? "false" : "true"),
      INTERNAL_TOKEN_SECRET: secret(DEV_INTERNAL_TOKEN_SECRET),
      INNBYGGER_ID_SECRET: secret(DEV_INNBYGGER_ID_SECRET),
      IDPORTEN_ISSUER: z.url().default("http://localhost:4400/idporten"),
      IDPORTEN_AUDIENCE: z.string().default("minkommune-api"),
      IDPORTEN_JWKS_URI: z.url().optional(),
      MASKINPORTEN_ISSUER: z.url().default("http://localhost:4400/maskinporten"),
      MASKINPORTEN_AUDIENCE: z.string().default("minkommune-api"),
      MASKINPORTEN_JWKS_URI: z.url().optional(),
      INNSYN_URL: z.url().default("http://127.0.0.1:4001/graphql"),
      OPPGAVE_URL: z.url().default("http://127.0.0.1:4002/graphql"),
      FAKTURA_URL: z.url().default("http://127.0.0.1:4003/graphql"),
    })
    .parse(env);
  return { ...parsed, SEED_DEMO: parsed.SEED_DEMO === "true" };
}

/** The parsed gateway environment. */
export type GatewayEnv = ReturnType<typeof readGatewayEnv>;
