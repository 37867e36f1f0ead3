import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrerInnlogging } from "../src/lib/innlogging.ts";
import { type StubAnswer, startGatewayStub } from "./gateway-stub.ts";

let answer: StubAnswer = { status: 200, body: {} };
const stub = await startGatewayStub(() => answer);

beforeAll(() => {
  process.env.GATEWAY_URL = stub.url;
});
afterAll(() => stub.close());

describe("registrerInnlogging", () => {
  it("runs the RegistrerInnlogging mutation once, as the citizen who just logged in", async () => {
    answer = {
      status: 200,
      body: { data: { registrerInnlogging: { sisteInnlogging: "2026-12-01T10:00:00Z", forrigeInnlogging: null } } },
    };
    expect(await registrerInnlogging("fresh-token")).toBe(true);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.headers.authorization).toBe("Bearer fresh-token");
    expect(stub.requests[0]?.body.query).toMatch(/^mutation RegistrerInnlogging/);
  });

  it("reports a failure without throwing, so the login goes on", async () => {
    answer = { status: 200, body: { data: null, errors: [{ message: "innsyn down", path: ["registrerInnlogging"] }] } };
    expect(await registrerInnlogging("t")).toBe(false);
    answer = { status: 502, body: "bad gateway" };
    expect(await registrerInnlogging("t")).toBe(false);
  });
});
