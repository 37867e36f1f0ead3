import { z } from "zod";
import { type PrivateJwks, type PublicJwks, privateJwksSchema, publicJwksSchema } from "./config/keys.ts";

/** A JSON string holding a private JWKS, parsed and checked. */
const jwksJson = z.string().transform((text, ctx): PrivateJwks => {
  try {
    return privateJwksSchema.parse(JSON.parse(text));
  } catch {
    ctx.addIssue({ code: "custom", message: 'DEV_IDP_JWKS must be a JSON private JWKS: {"keys": [...]}' });
    return z.NEVER;
  }
});

/** A JSON string holding a public JWKS (every key with a kid, none with private members). */
const publicJwksJson = z.string().transform((text, ctx): PublicJwks => {
  try {
    return publicJwksSchema.parse(JSON.parse(text));
  } catch {
    ctx.addIssue({
      code: "custom",
      message: 'DEV_IDP_OPPGAVE_JWKS must be a JSON public JWKS with a kid on every key: {"keys": [...]}',
    });
    return z.NEVER;
  }
});

const serverEnvSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4400),
  IDPORTEN_ISSUER: z.url().optional(),
  IDPORTEN_AUDIENCE: z.string().min(1).default("minkommune-api"),
  IDPORTEN_CLIENT_ID: z.string().min(1).default("min-kommune-web"),
  IDPORTEN_CLIENT_SECRET: z.string().min(1).default("dev-web-secret"),
  MASKINPORTEN_ISSUER: z.url().optional(),
  MASKINPORTEN_AUDIENCE: z.string().min(1).default("minkommune-api"),
  DATA_DIR: z.string().min(1).optional(),
  DEV_IDP_JWKS: jwksJson.optional(),
  DEV_IDP_OPPGAVE_JWKS: publicJwksJson.optional(),
});

/** Settings of the dev-idp server. Issuers left unset are derived from the bound port. */
export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Reads the server's environment; the defaults run locally with nothing set. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  return serverEnvSchema.parse(env);
}

/** Reads the environment of the `dev-token` CLI: where the running dev-idp is. */
export function readCliEnv(env: NodeJS.ProcessEnv = process.env): { DEV_IDP_URL: string } {
  return z.object({ DEV_IDP_URL: z.url().default("http://localhost:4400") }).parse(env);
}
