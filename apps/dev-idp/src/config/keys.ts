import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { z } from "zod";

/** A private JSON Web Key Set: what the providers sign with (the public half is served at `<issuer>/jwks`). */
export interface PrivateJwks {
  keys: JWK[];
}

/** Checks that a JWKS has at least one key and that every key is private (has `d`). */
export const privateJwksSchema = z.object({
  keys: z
    .array(z.looseObject({ kty: z.string(), d: z.string().min(1) }))
    .min(1)
    .transform((keys) => keys as JWK[]),
});

/** Generates a fresh RS256 signing key as a private JWKS, with a thumbprint `kid`. */
export async function generateSigningJwks(): Promise<PrivateJwks> {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { keys: [{ ...jwk, kid, alg: "RS256", use: "sig" }] };
}

/** A public JSON Web Key Set: how a Maskinporten client's key is registered (no private members). */
export interface PublicJwks {
  keys: JWK[];
}

/** The private members of an RSA or EC JWK, which a public key set must not carry. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

/** Checks that a JWKS has at least one key, every key a public RSA key (no private member) with a `kid`. */
export const publicJwksSchema = z.object({
  keys: z
    .array(
      z
        .looseObject({ kty: z.literal("RSA"), kid: z.string().min(1) })
        .refine((key) => PRIVATE_MEMBERS.every((member) => !(member in key)), {
          message: `a registered key must be public: no ${PRIVATE_MEMBERS.join(", ")}`,
        }),
    )
    .min(1)
    .transform((keys) => keys as JWK[]),
});

/** The public half of a key set: what a client registers, and what the issuer publishes. */
export function publicJwks(jwks: { keys: JWK[] }): PublicJwks {
  return {
    keys: jwks.keys.map((key) => {
      const publicKey: Record<string, unknown> = { ...key };
      for (const member of PRIVATE_MEMBERS) delete publicKey[member];
      return publicKey as JWK;
    }),
  };
}

/** A private JWK with a `kid`: a Maskinporten client's own key, kept by the client. */
export const privateClientKeySchema = z
  .looseObject({ kty: z.literal("RSA"), kid: z.string().min(1), d: z.string().min(1) })
  .transform((key) => key as JWK);

/** Where the generated keys are kept under a data folder. */
export function jwksFile(dataDir: string): string {
  return join(dataDir, "dev-idp", "jwks.json");
}

/**
 * Where the Oppgave service's Maskinporten key is kept under a data folder: a private JWK the
 * dev-idp generates for local use, of which it registers only the public half. The Oppgave
 * subgraph reads it through KRR_MASKINPORTEN_KEY_FILE (`npm start` points it here).
 */
export function oppgaveClientKeyFile(dataDir: string): string {
  return join(dataDir, "dev-idp", "min-kommune-oppgave.jwk.json");
}

/** Reads JSON from `file`, or creates, saves (owner-only) and returns it when the file is missing. */
async function loadOrCreate<T>(file: string, create: () => Promise<T>, parse: (json: unknown) => T): Promise<T> {
  const existing = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (existing !== undefined) return parse(JSON.parse(existing));

  const created = await create();
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a crash never leaves a half-written key file behind.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return created;
}

/**
 * Reads the persisted signing keys under `dataDir`, generating and saving them on first use,
 * so that tokens issued before a restart still verify after it.
 */
export function loadOrCreateSigningJwks(dataDir: string): Promise<PrivateJwks> {
  return loadOrCreate(jwksFile(dataDir), generateSigningJwks, (json) => privateJwksSchema.parse(json));
}

/** Reads the Oppgave service's private key under `dataDir`, generating and saving it on first use. */
export function loadOrCreateOppgaveClientKey(dataDir: string): Promise<JWK> {
  return loadOrCreate(
    oppgaveClientKeyFile(dataDir),
    async () => (await generateSigningJwks()).keys[0] as JWK,
    (json) => privateClientKeySchema.parse(json),
  );
}
