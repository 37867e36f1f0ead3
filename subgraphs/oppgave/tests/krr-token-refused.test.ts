import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDevIdp, type DevIdp, generateSigningJwks, publicJwks } from "@minkommune/dev-idp";
import type { JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskinportenTokenClient } from "../src/maskinporten/token-client.ts";
import { krrHttp } from "../src/notification/krr/krr-http.ts";
import { KRR_SCOPE } from "../src/notification/krr/krr-token.ts";

const clientKey = (await generateSigningJwks()).keys[0] as JWK & { kid: string };
const client = {
  clientId: "test-oppgave",
  jwks: publicJwks({ keys: [clientKey] }),
  scopes: [KRR_SCOPE],
  orgnr: "999888777",
};
const PERSON = "13097248022";
/** A token the register has revoked; a client that can only offer this one never gets through. */
const REVOKED = "revoked-token";

/**
 * KRR's answer to POST /rest/v1/personer, as a register that has revoked the first token it saw
 * and REVOKED (401, as KRR answers an invalid token) and accepts any other.
 */
function registerRevokingFirstToken() {
  const seen: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
    seen.push(token);
    request.resume();
    request.on("end", () => {
      const refused = token === "" || token === seen[0] || token === REVOKED;
      response.writeHead(refused ? 401 : 200, { "content-type": "application/json" });
      response.end(
        JSON.stringify(
          refused
            ? { melding: "Ugyldig token" }
            : { personer: [{ personidentifikator: PERSON, reservasjon: "NEI", status: "AKTIV" }] },
        ),
      );
    });
  });
  return { server, seen };
}

let idp: DevIdp;
let register: ReturnType<typeof registerRevokingFirstToken>;
let krrUrl: string;
beforeAll(async () => {
  idp = await createDevIdp({ port: 0, jwks: await generateSigningJwks(), maskinportenJwtClients: [client] });
  register = registerRevokingFirstToken();
  await new Promise<void>((resolve) => register.server.listen(0, "127.0.0.1", resolve));
  krrUrl = `http://127.0.0.1:${(register.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await idp?.close();
  await new Promise((resolve) => (register?.server as Server | undefined)?.close(resolve));
});

describe("a KRR lookup whose cached token KRR refuses", () => {
  it("asks once more with a fresh token and gets the contact details", async () => {
    const tokens = maskinportenTokenClient({
      issuer: idp.maskinportenIssuer,
      clientId: client.clientId,
      scope: KRR_SCOPE,
      key: { jwk: clientKey },
    });
    const krr = krrHttp({ url: krrUrl, accessToken: (refused) => tokens.accessToken(refused) });
    const personer = await krr.hentPersoner([PERSON]);
    expect(personer.map((p) => p.personidentifikator)).toEqual([PERSON]);
    expect(register.seen).toHaveLength(2);
    expect(register.seen[1]).not.toBe(register.seen[0]);
    // The fresh token is cached: the next lookup sends it at once.
    await krr.hentPersoner([PERSON]);
    expect(register.seen).toHaveLength(3);
    expect(register.seen[2]).toBe(register.seen[1]);
  });

  it("gives up after the one retry when KRR refuses the fresh token too", async () => {
    const before = register.seen.length;
    const krr = krrHttp({ url: krrUrl, accessToken: async () => REVOKED });
    await expect(krr.hentPersoner([PERSON])).rejects.toThrow("KRR answered 401");
    expect(register.seen.slice(before)).toEqual([REVOKED, REVOKED]);
  });
});
