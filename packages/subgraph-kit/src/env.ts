import { z } from "zod";

/** The development default for the internal token secret; production must set its own. */
export const DEV_INTERNAL_TOKEN_SECRET = "dev-only-internal-token-secret-change-me-0123456789";

/**
 * Reads the environment every subgraph shares. Defaults run locally with nothing set;
 * in production (APP_ENV=production) the secret and DATABASE_URL are required.
 */
export function readSubgraphEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env) {
  const production = env.APP_ENV === "production";
  const parsed = z
    .object({
      HOST: z.string().default("127.0.0.1"),
      PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
      DATABASE_URL: production ? z.string().startsWith("postgres") : z.string().optional(),
      DATA_DIR: z.string().optional(),
      INTERNAL_TOKEN_SECRET: production ? z.string().min(32) : z.string().min(32).default(DEV_INTERNAL_TOKEN_SECRET),
      SEED_DEMO: z.enum(["true", "false"]).default(production ? "false" : "true"),
    })
    .parse(env);
  return { ...parsed, SEED_DEMO: parsed.SEED_DEMO === "true", PRODUCTION: production };
}
