import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_INTEGRASJONER } from "@minkommune/demo-data";
import { afterAll, describe, expect, it } from "vitest";
import { fetchMaskinportenToken } from "../src/client.ts";
import { jwksFile, loadOrCreateOppgaveClientKey, oppgaveClientKeyFile } from "../src/config/keys.ts";
import { createDevIdp } from "../src/server.ts";
import { verifyWithPublishedKeys } from "./support.ts";

const dataDir = await mkdtemp(join(tmpdir(), "dev-idp-keys-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const demo = DEMO_INTEGRASJONER[0];
if (!demo) throw new Error("demo data has no integrations");

async function publishedKeys(issuer: string): Promise<unknown> {
  return (await fetch(`${issuer}/jwks`)).json();
}

describe("signing keys without a jwks option", () => {
  it("are generated once, kept under DATA_DIR, and reused after a restart", async () => {
    const first = await createDevIdp({ port: 0, dataDir });
    const keysBefore = await publishedKeys(first.maskinportenIssuer);
    const token = await fetchMaskinportenToken({
      issuer: first.maskinportenIssuer,
      clientId: demo.maskinportenClientId,
      clientSecret: demo.maskinportenClientSecret,
    });
    const port = Number(new URL(first.url).port);
    await first.close();

    const file = await stat(jwksFile(dataDir));
    expect(file.mode & 0o777).toBe(0o600);

    // Same port, so the issuer (and the token's iss) stays the same across the restart.
    const second = await createDevIdp({ port, dataDir });
    try {
      expect(await publishedKeys(second.maskinportenIssuer)).toEqual(keysBefore);
      const { payload } = await verifyWithPublishedKeys(second.maskinportenIssuer, token, "minkommune-api");
      expect(payload.scope).toBe("ks:fiks");
    } finally {
      await second.close();
    }
  });
});

describe("the Oppgave service's Maskinporten key", () => {
  it("is generated once as a private JWK with a kid, kept owner-only under DATA_DIR, and reused", async () => {
    const first = await loadOrCreateOppgaveClientKey(dataDir);
    expect(first).toMatchObject({ kty: "RSA", alg: "RS256", kid: expect.any(String), d: expect.any(String) });
    expect((await stat(oppgaveClientKeyFile(dataDir))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateOppgaveClientKey(dataDir)).toEqual(first);
  });
});
