import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { MaskinportenError } from "./errors.ts";
import { keyLoader, parsePrivateKey } from "./private-key.ts";

const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: "test-key" };
const publicJwk = { ...(await exportJWK(publicKey)), kid: "test-key" };
const dir = await mkdtemp(join(tmpdir(), "mk-maskinporten-key-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("parsePrivateKey", () => {
  it("reads a private RSA JWK with a kid", () => {
    expect(parsePrivateKey(JSON.stringify(jwk), "KEY")).toEqual(jwk);
  });

  it.each([
    ["text that is not JSON", `${JSON.stringify(jwk)}}`, /KEY is not JSON/],
    ["a public key", JSON.stringify(publicJwk), /KEY must be a private RSA JWK/],
    ["a key without kid", JSON.stringify({ ...jwk, kid: undefined }), /KEY must be a private RSA JWK/],
    ["a JWKS instead of a JWK", JSON.stringify({ keys: [jwk] }), /KEY must be a private RSA JWK/],
  ])("refuses %s, naming the setting and never repeating the key", (_name, text, message) => {
    const attempt = () => parsePrivateKey(text, "KEY");
    expect(attempt).toThrow(MaskinportenError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain(jwk.d);
      expect((error as Error).message).not.toContain(jwk.n);
    }
  });
});

describe("keyLoader", () => {
  it("reads a key file when first needed, and tries again after a failure (the file may come later)", async () => {
    const file = join(dir, "client.jwk.json");
    const load = keyLoader({ file });
    await expect(load()).rejects.toThrow(`could not read the private key file ${file} (ENOENT)`);
    await writeFile(file, JSON.stringify(jwk));
    expect(await load()).toMatchObject({ kid: "test-key" });
  });

  it("names the file, not its content, when it holds no private key", async () => {
    const file = join(dir, "public.jwk.json");
    await writeFile(file, JSON.stringify(publicJwk));
    await expect(keyLoader({ file })()).rejects.toThrow(`the private key file ${file} must be a private RSA JWK`);
  });
});
