import { readFile } from "node:fs/promises";
import { type CryptoKey, importJWK, type JWK } from "jose";
import { z } from "zod";
import { MaskinportenError } from "./errors.ts";

/** A Maskinporten client's private key: an RSA JWK with the `kid` it was registered under. */
export const privateKeySchema = z
  .looseObject({ kty: z.literal("RSA"), kid: z.string().min(1), d: z.string().min(1) })
  .transform((key) => key as JWK & { kid: string });

/** Where the client's private key is: given as a JWK, or in a file holding one (read when first needed). */
export type KeySource = { jwk: JWK & { kid: string } } | { file: string };

/**
 * Parses a private JWK from JSON, or says what is wrong without repeating the text: it is a
 * secret. `name` says where it came from (a variable or a file).
 */
export function parsePrivateKey(text: string, name: string): JWK & { kid: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MaskinportenError(`${name} is not JSON: expected a private JWK`);
  }
  const parsed = privateKeySchema.safeParse(json);
  if (!parsed.success) {
    throw new MaskinportenError(`${name} must be a private RSA JWK with kty "RSA", a kid and its private part (d)`);
  }
  return parsed.data;
}

/** The signing key and its kid, as the assertion needs them. */
export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

/** Loads the key from its source once it succeeds; a failed load (a file not yet written) is tried again. */
export function keyLoader(source: KeySource): () => Promise<SigningKey> {
  let loaded: Promise<SigningKey> | undefined;
  const load = async (): Promise<SigningKey> => {
    const jwk = "jwk" in source ? source.jwk : await readKeyFile(source.file);
    try {
      return { kid: jwk.kid, key: (await importJWK(jwk, "RS256")) as CryptoKey };
    } catch {
      throw new MaskinportenError(`the private key ${jwk.kid} cannot sign RS256`);
    }
  };
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

async function readKeyFile(file: string): Promise<JWK & { kid: string }> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new MaskinportenError(`could not read the private key file ${file} (${error.code ?? error.message})`);
  });
  return parsePrivateKey(text, `the private key file ${file}`);
}
