import { z } from "zod";

/** dev-krr's default port; the oppgave subgraph's KRR_URL defaults to it in development. */
export const DEV_KRR_PORT = 4500;

/**
 * Reads where to listen and whose Maskinporten tokens to require; the defaults run locally with
 * nothing set. Without KRR_MASKINPORTEN_ISSUER, oppslag need no token.
 */
export function readEnv(env: NodeJS.ProcessEnv = process.env) {
  return z
    .object({
      HOST: z.string().default("127.0.0.1"),
      PORT: z.coerce.number().int().min(0).max(65535).default(DEV_KRR_PORT),
      KRR_MASKINPORTEN_ISSUER: z.url().optional(),
    })
    .parse(env);
}
