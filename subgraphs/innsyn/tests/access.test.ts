import type { Principal } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededInnsyn } from "./helpers.ts";

let innsyn: Awaited<ReturnType<typeof startSeededInnsyn>>;
beforeAll(async () => {
  innsyn = await startSeededInnsyn();
});
afterAll(() => innsyn.close());

const KARI_BREV = "d0c5e11a-0000-4000-8000-000000000001";
const KARI_NIVA4_BREV = "d0c5e11a-0000-4000-8000-000000000003";
const integrasjon: Principal = {
  type: "integrasjon",
  integrasjonId: DEMO_INTEGRASJONER[0]?.integrasjonId ?? "",
  fiksOrgId: OSLO.fiksOrgId,
  orgnr: "310000019",
  privilegier: ["INNSYN_INDEX"],
};

describe("access from the attacker's side", () => {
  it("answers 401 to a call without the gateway's token, and to a forged one", async () => {
    expect((await callSubgraph(innsyn.url, null, "{ meg { id } }")).status).toBe(401);
    const forged = await fetch(innsyn.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-minkommune-internal-token": "eyJhbGciOiJub25lIn0.e30." },
      body: JSON.stringify({ query: "{ meg { id } }" }),
    });
    expect(forged.status).toBe(401);
  });

  it("gives Ola nothing of Kari's through the entity of another citizen", async () => {
    const kari = innbygger(KARI.pid);
    const result = await callSubgraph<{ _entities: unknown[] }>(
      innsyn.url,
      innbygger(OLA.pid),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Innbygger { id forsendelser { totalCount } } } }`,
      { r: [{ __typename: "Innbygger", id: kari.type === "innbygger" ? kari.innbyggerId : "" }] },
    );
    expect(result.data?._entities).toEqual([null]);
  });

  it("gives Ola nothing of Kari's letters by guessing their ids", async () => {
    const result = await callSubgraph<{ _entities: unknown[] }>(
      innsyn.url,
      innbygger(OLA.pid),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Forsendelse { tittel } } }`,
      { r: [{ __typename: "Forsendelse", meldingId: KARI_BREV }] },
    );
    expect(result.data?._entities).toEqual([null]);
    const mark = await callSubgraph(
      innsyn.url,
      innbygger(OLA.pid),
      `mutation { markerForsendelseLest(meldingId: "${KARI_BREV}", lest: true) { lest } }`,
    );
    expect(mark.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("treats a level-4 letter as absent in a level-3 session", async () => {
    const mark = await callSubgraph(
      innsyn.url,
      innbygger(KARI.pid, 3),
      `mutation { markerForsendelseLest(meldingId: "${KARI_NIVA4_BREV}", lest: true) { lest } }`,
    );
    expect(mark.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const check = await callSubgraph<{ meg: { antallUlesteForsendelser: number } }>(
      innsyn.url,
      innbygger(KARI.pid, 4),
      "{ meg { antallUlesteForsendelser } }",
    );
    expect(check.data?.meg.antallUlesteForsendelser).toBe(4);
  });

  it("gives an integration no citizen view", async () => {
    const result = await callSubgraph<{ meg: unknown }>(innsyn.url, integrasjon, "{ meg { id } }");
    expect(result.data?.meg).toBeNull();
    const mark = await callSubgraph(
      innsyn.url,
      integrasjon,
      `mutation { markerForsendelseLest(meldingId: "${KARI_BREV}", lest: true) { lest } }`,
    );
    expect(mark.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("serves a document only to the citizen the letter is exposed to", async () => {
    const { signInternalToken } = await import("@minkommune/auth");
    const { TEST_INTERNAL_TOKEN_SECRET } = await import("@minkommune/subgraph-kit/testing");
    const url = innsyn.url.replace("/graphql", "/dokumenter/d0c5e11a-0000-4000-9000-000000000001");
    const as = async (principal: Principal) =>
      fetch(url, {
        headers: { "x-minkommune-internal-token": await signInternalToken(principal, TEST_INTERNAL_TOKEN_SECRET) },
      });
    const own = await as(innbygger(KARI.pid, 3));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await as(innbygger(OLA.pid, 4))).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  });
});

describe("malformed requests", () => {
  it.each([
    ["first: 0", "{ meg { forsendelser(first: 0) { totalCount } } }", "first"],
    ["first: 101", "{ meg { forsendelser(first: 101) { totalCount } } }", "first"],
    ["a forged cursor", `{ meg { forsendelser(after: "bm9wZQ") { totalCount } } }`, "after"],
    [
      "a meldingId that is not a UUID",
      `mutation { markerForsendelseLest(meldingId: "42", lest: true) { lest } }`,
      "meldingId",
    ],
  ])("rejects %s naming the field", async (_name, query, field) => {
    const result = await callSubgraph(innsyn.url, innbygger(KARI.pid), query);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const { signInternalToken } = await import("@minkommune/auth");
    const { TEST_INTERNAL_TOKEN_SECRET } = await import("@minkommune/subgraph-kit/testing");
    const response = await fetch(innsyn.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-minkommune-internal-token": await signInternalToken(innbygger(KARI.pid), TEST_INTERNAL_TOKEN_SECRET),
      },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });
});
