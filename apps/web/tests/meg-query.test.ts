import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakturaDocument, OppgaverDocument } from "../src/generated/graphql.ts";
import { loadMeg } from "../src/lib/meg-query.ts";
import { type StubAnswer, type StubRequest, startGatewayStub } from "./gateway-stub.ts";

const oppgaver = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

let answer: (request: StubRequest) => StubAnswer = () => ({ status: 200, body: { data: { meg: { oppgaver } } } });
const stub = await startGatewayStub((request) => answer(request));

beforeAll(() => {
  process.env.GATEWAY_URL = stub.url;
});
afterAll(() => stub.close());

describe("loadMeg", () => {
  it("returns the citizen's part and sends the page's variables with the token", async () => {
    answer = () => ({ status: 200, body: { data: { meg: { oppgaver } } } });
    const result = await loadMeg("oppgaver", OppgaverDocument, { status: "FULLFORT", after: "abc" }, "token-9");
    expect(result).toEqual({ status: "ok", meg: { oppgaver } });
    const request = stub.requests.at(-1);
    expect(request?.headers.authorization).toBe("Bearer token-9");
    expect(request?.body.variables).toEqual({ status: "FULLFORT", after: "abc" });
  });

  it("reads a failed subgraph (meg nulled, error under it) as this section unavailable", async () => {
    answer = () => ({
      status: 200,
      body: { data: { meg: null }, errors: [{ message: "oppgave down", path: ["meg", "oppgaver"] }] },
    });
    expect(await loadMeg("oppgaver", OppgaverDocument, {}, "t")).toEqual({ status: "unavailable" });
  });

  it("reads an error under a nullable field as unavailable, not as 'not found'", async () => {
    answer = () => ({
      status: 200,
      body: { data: { meg: { faktura: null } }, errors: [{ message: "faktura down", path: ["meg", "faktura"] }] },
    });
    expect(await loadMeg("faktura", FakturaDocument, { id: "fa000000-0000-4000-8000-000000001004" }, "t")).toEqual({
      status: "unavailable",
    });
  });

  it("reads a gateway that is down or broken as unavailable, not as an error page", async () => {
    answer = () => ({ status: 502, body: "bad gateway" });
    expect(await loadMeg("oppgaver", OppgaverDocument, {}, "t")).toEqual({ status: "unavailable" });
  });

  it("reports a rejected token so the page asks for a new login", async () => {
    answer = () => ({ status: 401, body: { errors: [{ message: "no", extensions: { code: "UNAUTHENTICATED" } }] } });
    expect(await loadMeg("oppgaver", OppgaverDocument, {}, "expired")).toEqual({ status: "unauthenticated" });
  });
});
