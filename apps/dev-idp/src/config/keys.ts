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

/** Where the generated keys are kept under a data folder. */
export function jwksFile(dataDir: string): string {
  return join(dataDir, "dev-idp", "jwks.json");
}

/**
 * Reads the persisted signing keys under `dataDir`, generating and saving them on first use,
 * so that tokens issued before a restart still verify after it.
 */
export async function loadOrCreateSigningJwks(dataDir: string): Promise<PrivateJwks> {
  const file = jwksFile(dataDir);
  const existing = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (existing !== undefined) return privateJwksSchema.parse(JSON.parse(existing));

  const jwks = await generateSigningJwks();
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a crash never leaves a half-written key file behind.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(jwks, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return jwks;
}
