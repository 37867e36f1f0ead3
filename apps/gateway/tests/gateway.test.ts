import { innbyggerIdFor } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { fetchMaskinportenToken, loginInnbygger } from "@minkommune/dev-idp/client";
import { importJWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INNBYGGER_SECRET, post, startStack } from "./stack.ts";

const DASHBOARD = `{ meg { id antallUlesteForsendelser
  forsendelser(first: 3) { nodes { tittel kommune { navn } } }
  oppgaver(status: NY, first: 3) { nodes { tittel kommune { fiksOrgId } } }
  fakturaer(ubetalt: true, first: 3) { nodes { tittel utestaendeBelop } }
  fakturaOversikt { sumUtestaende antallUbetalte } } }`;

const subgraphCalls: string[] = [];
let stack: Awaited<ReturnType<typeof startStack>>;
let kari: string;
const [oslo, trondheim] = DEMO_INTEGRASJONER;

beforeAll(async () => {
  stack = await startStack({ plugins: [{ onFetch: ({ url }) => void subgraphCalls.push(new URL(url).port) }] });
  kari = (await loginInnbygger({ issuer: stack.idp.idportenIssuer, pid: KARI.pid, niva: 4 })).accessToken;
});
afterAll(() => stack?.close());

async function signed(claims: Record<string, unknown>, options: { expired?: boolean; foreignKey?: boolean } = {}) {
  const jwk = options.foreignKey
    ? (await import("@minkommune/dev-idp")).generateSigningJwks()
    : Promise.resolve(stack.jwks);
  const key = (await jwk).keys[0];
  if (!key) throw new Error("no key");
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: String(key.kid) })
    .setIssuer(stack.idp.idportenIssuer)
    .setAudience("minkommune-api")
    .setIssuedAt(options.expired ? now - 7200 : now)
    .setExpirationTime(options.expired ? now - 3600 : now + 600)
    .sign(await importJWK(key, "RS256"));
}

async function fagsystemHeaders(integrasjon = oslo, passord = integrasjon?.passord) {
  if (!integrasjon || !passord) throw new Error("no demo integration");
  const token = await fetchMaskinportenToken({
    issuer: stack.idp.maskinportenIssuer,
    clientId: integrasjon.maskinportenClientId,
    clientSecret: integrasjon.maskinportenClientSecret,
  });
  return { authorization: `Bearer ${token}`, IntegrasjonId: integrasjon.integrasjonId, IntegrasjonPassord: passord };
}

describe("the citizen's dashboard through the gateway", () => {
  it("returns letters, oppgaver and fakturaer from their three subgraphs in one query", async () => {
    subgraphCalls.length = 0;
    const result = await post(stack.graphqlUrl, { authorization: `Bearer ${kari}` }, DASHBOARD);
    expect(result.errors).toBeUndefined();
    const meg = result.data?.meg as Record<string, { nodes?: unknown[] } & Record<string, unknown>>;
    expect(meg.forsendelser?.nodes?.length).toBe(3);
    expect(meg.oppgaver?.nodes?.length).toBeGreaterThan(0);
    expect(meg.fakturaer?.nodes?.length).toBeGreaterThan(0);
    expect(Number(meg.fakturaOversikt?.sumUtestaende)).toBeGreaterThan(0);
    // Batched: one call per subgraph (innsyn answers meg; the others resolve Innbygger in one _entities call).
    expect(subgraphCalls).toHaveLength(3);
    expect(new Set(subgraphCalls).size).toBe(3);
  });

  it("refuses an operation with too many aliases before any subgraph is called", async () => {
    subgraphCalls.length = 0;
    const searches = Array.from({ length: 40 }, (_, i) => `s${i}: antallUlesteForsendelser`).join(" ");
    const result = await post(stack.graphqlUrl, { authorization: `Bearer ${kari}` }, `{ meg { ${searches} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_LARGE");
    expect(result.data ?? null).toBeNull();
    expect(subgraphCalls).toEqual([]);
  });

  it("keys the citizen by an opaque id, not the fødselsnummer", async () => {
    const result = await post(stack.graphqlUrl, { authorization: `Bearer ${kari}` }, "{ meg { id } }");
    const id = (result.data?.meg as { id: string } | undefined)?.id;
    expect(id).toBe(innbyggerIdFor(KARI.pid, INNBYGGER_SECRET));
    expect(id).not.toContain(KARI.pid);
  });
});

describe("authentication from the attacker's side", () => {
  it("answers 401 without a token", async () => {
    expect((await post(stack.graphqlUrl, {}, "{ meg { id } }")).status).toBe(401);
  });

  it("answers 401 to a token signed by another key", async () => {
    const token = await signed({ pid: KARI.pid, acr: "idporten-loa-high" }, { foreignKey: true });
    expect((await post(stack.graphqlUrl, { authorization: `Bearer ${token}` }, "{ meg { id } }")).status).toBe(401);
  });

  it("answers 401 to an expired token signed by the real key", async () => {
    const token = await signed({ pid: KARI.pid, acr: "idporten-loa-high" }, { expired: true });
    expect((await post(stack.graphqlUrl, { authorization: `Bearer ${token}` }, "{ meg { id } }")).status).toBe(401);
    const fresh = await signed({ pid: KARI.pid, acr: "idporten-loa-high" });
    expect((await post(stack.graphqlUrl, { authorization: `Bearer ${fresh}` }, "{ meg { id } }")).status).toBe(200);
  });

  it("answers 401 to a token from another issuer", async () => {
    const token = await new SignJWT({ pid: KARI.pid, acr: "idporten-loa-high" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("https://evil.example")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("x".repeat(32)));
    expect((await post(stack.graphqlUrl, { authorization: `Bearer ${token}` }, "{ meg { id } }")).status).toBe(401);
  });

  it("gives citizen A nothing of citizen B through an entity reference", async () => {
    const ola = (await loginInnbygger({ issuer: stack.idp.idportenIssuer, pid: OLA.pid, niva: 4 })).accessToken;
    const kariId = innbyggerIdFor(KARI.pid, INNBYGGER_SECRET);
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Innbygger { id } } }`;
    const result = await post(stack.graphqlUrl, { authorization: `Bearer ${ola}` }, query, {
      r: [{ __typename: "Innbygger", id: kariId }],
    });
    // The gateway does not expose _entities; either refused or null, never Kari's data.
    expect(JSON.stringify(result.data ?? {})).not.toContain(kariId);
  });

  it("answers 401 to a wrong integration password, 200 to the right one", async () => {
    const wrong = await post(stack.graphqlUrl, await fagsystemHeaders(oslo, "wrong-password"), "{ __typename }");
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.message).toMatch(/Autentisering feilet for integrasjon/);
    expect((await post(stack.graphqlUrl, await fagsystemHeaders(), "{ __typename }")).status).toBe(200);
  });

  it("answers 401 when the Maskinporten consumer is not the integration's authorized orgnr", async () => {
    if (!trondheim || !oslo) throw new Error("no demo integrations");
    const headers = await fagsystemHeaders(trondheim);
    const mixed = { ...headers, IntegrasjonId: oslo.integrasjonId, IntegrasjonPassord: oslo.passord };
    expect((await post(stack.graphqlUrl, mixed, "{ __typename }")).status).toBe(401);
  });

  it("answers 403 when an integration acts for another municipality", async () => {
    const query = `mutation ($fiksOrgId: UUID!) { opprettOppgave(fiksOrgId: $fiksOrgId, oppgave: {
      tittel: "Gi samtykke", beskrivelse: "Samtykke til deling", handling: "Gi samtykke", url: "https://example.no/samtykke",
      utfortKriterie: ANY, mottakere: { personIdList: ["${OLA.pid}"] } }) { id } }`;
    const foreign = await post(stack.graphqlUrl, await fagsystemHeaders(trondheim), query, {
      fiksOrgId: OSLO.fiksOrgId,
    });
    expect(foreign.status).toBe(403);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await post(stack.graphqlUrl, await fagsystemHeaders(oslo), query, { fiksOrgId: OSLO.fiksOrgId });
    expect(own.status).toBe(200);
    expect((own.data?.opprettOppgave as { id: string } | undefined)?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves subgraphs closed to anyone but the gateway", async () => {
    const direct = await fetch(stack.innsynUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kari}` },
      body: JSON.stringify({ query: "{ meg { id } }" }),
    });
    expect(direct.status).toBe(401);
  });
});
