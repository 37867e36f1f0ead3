import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { createDevIdp, type DevIdp, generateSigningJwks, publicJwks } from "@minkommune/dev-idp";
import { createLocalJWKSet, decodeJwt, type JWK, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MaskinportenError } from "../src/maskinporten/errors.ts";
import { type MaskinportenClientOptions, maskinportenTokenClient } from "../src/maskinporten/token-client.ts";
import { KRR_SCOPE } from "../src/notification/krr/krr-token.ts";

const signingJwks = await generateSigningJwks();
const clientKey = (await generateSigningJwks()).keys[0] as JWK & { kid: string };
const client = {
  clientId: "test-oppgave",
  jwks: publicJwks({ keys: [clientKey] }),
  scopes: [KRR_SCOPE],
  orgnr: "999888777",
};

let idp: DevIdp;
/** Tokens that live 8 s, so renewal can be watched without a fake clock (exp is whole seconds). */
let shortLived: DevIdp;
/** Accepts connections and never answers. */
let silent: Server;
beforeAll(async () => {
  idp = await createDevIdp({ port: 0, jwks: signingJwks, maskinportenJwtClients: [client] });
  shortLived = await createDevIdp({
    port: 0,
    jwks: signingJwks,
    maskinportenJwtClients: [client],
    maskinportenTokenTtl: 8,
  });
  silent = createServer(() => {}).listen(0, "127.0.0.1");
  await new Promise((resolve) => silent.once("listening", resolve));
});
afterAll(async () => {
  await idp?.close();
  await shortLived?.close();
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
});

const options = (overrides: Partial<MaskinportenClientOptions> = {}): MaskinportenClientOptions => ({
  issuer: idp.maskinportenIssuer,
  clientId: client.clientId,
  scope: KRR_SCOPE,
  key: { jwk: clientKey },
  ...overrides,
});

async function verified(token: string, issuer = idp.maskinportenIssuer) {
  const { payload } = await jwtVerify(token, createLocalJWKSet(publicJwks(signingJwks)), { issuer });
  return payload;
}

/** The error a call fails with, to look at its message. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("the call succeeded");
}

describe("the Maskinporten token client against the dev-idp", () => {
  it("gets a token for its scope with the JWT grant", async () => {
    const payload = await verified(await maskinportenTokenClient(options()).accessToken());
    expect(payload).toMatchObject({ scope: KRR_SCOPE, client_id: client.clientId });
  });

  it("reuses its token instead of asking again", async () => {
    const tokens = maskinportenTokenClient(options());
    const first = await tokens.accessToken();
    expect(await tokens.accessToken()).toBe(first);
    expect(await tokens.accessToken()).toBe(first);
  });

  it("asks once for many concurrent callers", async () => {
    const tokens = maskinportenTokenClient(options());
    const all = await Promise.all(Array.from({ length: 20 }, () => tokens.accessToken()));
    // Every token the dev-idp issues has its own jti, so one value means one request.
    expect(new Set(all).size).toBe(1);
  });

  it("drops a token the API refused and gets a new one, but keeps a newer token already cached", async () => {
    const tokens = maskinportenTokenClient(options());
    const first = await tokens.accessToken();
    const second = await tokens.accessToken(first);
    expect(second).not.toBe(first);
    expect((await verified(second)).client_id).toBe(client.clientId);
    // A second caller reporting the same old token must not throw the new one away.
    expect(await tokens.accessToken(first)).toBe(second);
  });

  it("renews the token shortly before it expires", async () => {
    const tokens = maskinportenTokenClient(options({ issuer: shortLived.maskinportenIssuer }));
    const first = await tokens.accessToken();
    const { exp } = decodeJwt(first);
    expect(await tokens.accessToken()).toBe(first);
    // Renewed a quarter of its 8 s lifetime early (after 6 s), well before it stops being valid.
    await sleep(6200);
    const second = await tokens.accessToken();
    expect(second).not.toBe(first);
    expect(Date.now() / 1000).toBeLessThan(exp ?? 0);
    expect((await verified(second, shortLived.maskinportenIssuer)).client_id).toBe(client.clientId);
  });

  it("says why Maskinporten refused, naming client and scope, never the key or the assertion", async () => {
    const stranger = (await generateSigningJwks()).keys[0] as JWK & { kid: string };
    const error = await failure(
      maskinportenTokenClient(options({ key: { jwk: { ...stranger, kid: clientKey.kid } } })).accessToken(),
    );
    expect(error).toBeInstanceOf(MaskinportenError);
    expect(error.message).toContain(`client ${client.clientId} (scope ${KRR_SCOPE})`);
    expect(error.message).toMatch(/HTTP 400 \(invalid_grant: .*signature/);
    expect(error.message).not.toContain(stranger.d);
    expect(error.message).not.toContain("eyJ");
  });

  it("reports a scope the client was not granted", async () => {
    const error = await failure(maskinportenTokenClient(options({ scope: "ks:fiks" })).accessToken());
    expect(error.message).toContain("invalid_scope");
  });

  it("does not remember a failure: the next call asks again", async () => {
    // Nothing listens here yet; a dev-idp is started on the port after the first failure.
    const gone = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => gone.once("listening", resolve));
    const free = (gone.address() as AddressInfo).port;
    await new Promise((resolve) => gone.close(resolve));
    const issuer = `http://127.0.0.1:${free}/maskinporten`;
    const tokens = maskinportenTokenClient(options({ issuer }));
    expect((await failure(tokens.accessToken())).message).toContain(`could not reach ${issuer}/token (ECONNREFUSED)`);
    const late = await createDevIdp({
      port: free,
      maskinportenIssuer: issuer,
      jwks: signingJwks,
      maskinportenJwtClients: [client],
    });
    try {
      expect((await verified(await tokens.accessToken(), issuer)).client_id).toBe(client.clientId);
    } finally {
      await late.close();
    }
  });

  it("gives up after its timeout when Maskinporten does not answer", async () => {
    const { port } = silent.address() as AddressInfo;
    const issuer = `http://127.0.0.1:${port}/maskinporten`;
    const started = Date.now();
    const error = await failure(maskinportenTokenClient(options({ issuer, timeoutMs: 300 })).accessToken());
    expect(error.message).toContain(`${issuer}/token did not answer within 300 ms`);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
