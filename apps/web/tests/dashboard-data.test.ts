import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadDashboard } from "../src/lib/dashboard-data.ts";
import { type StubAnswer, type StubRequest, startGatewayStub } from "./gateway-stub.ts";

const brev = {
  antallUlesteForsendelser: 1,
  forsendelser: { nodes: [], treffMedHoyereInnloggingsniva: 0 },
};
const oppgaver = { nodes: [] };
const fakturaer = {
  fakturaer: { nodes: [] },
  fakturaOversikt: { sumUtestaende: 0, antallUbetalte: 0, antallForfalte: 0 },
};

/** Answers like the gateway with the given parts down: `meg` nulled, one error per failing part asked for. */
function gatewayWithDown(...down: ("oppgaver" | "fakturaer")[]) {
  return ({ body: { variables } }: StubRequest): StubAnswer => {
    const asked = { oppgaver: variables.medOppgaver === true, fakturaer: variables.medFakturaer === true };
    const failing = down.filter((part) => asked[part]);
    if (failing.length > 0) {
      return {
        status: 200,
        body: { data: { meg: null }, errors: failing.map((p) => ({ message: "down", path: ["meg", p] })) },
      };
    }
    const meg = { innloggingsniva: 4, ...brev, ...(asked.oppgaver && { oppgaver }), ...(asked.fakturaer && fakturaer) };
    return { status: 200, body: { data: { meg } } };
  };
}

let answer: (request: StubRequest) => StubAnswer = gatewayWithDown();
const stub = await startGatewayStub((request) => answer(request));

beforeAll(() => {
  process.env.GATEWAY_URL = stub.url;
});
beforeEach(() => {
  stub.requests.length = 0;
});
afterAll(() => stub.close());

describe("loadDashboard", () => {
  it("asks once with the citizen's token when everything answers", async () => {
    answer = gatewayWithDown();
    const result = await loadDashboard("token-123");
    expect(result).toMatchObject({ status: "ok", meg: { innloggingsniva: 4, oppgaver, ...fakturaer } });
    expect(result.status === "ok" && [...result.unavailable]).toEqual([]);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.headers.authorization).toBe("Bearer token-123");
    expect(stub.requests[0]?.body.query).toMatch(/^query Dashboard\(/);
  });

  it("asks again without each failing part, so the other parts still show", async () => {
    answer = gatewayWithDown("oppgaver", "fakturaer");
    const result = await loadDashboard("t");
    expect(result).toMatchObject({ status: "ok", meg: { antallUlesteForsendelser: 1 } });
    expect(result.status === "ok" && [...result.unavailable].sort()).toEqual(["fakturaer", "oppgaver"]);
    expect(stub.requests.map((r) => [r.body.variables.medOppgaver, r.body.variables.medFakturaer])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it("shows nothing, after one try, when meg itself fails", async () => {
    answer = () => ({
      status: 200,
      body: { data: { meg: null }, errors: [{ message: "innsyn down", path: ["meg"] }] },
    });
    const result = await loadDashboard("t");
    expect(result.status === "ok" && result.meg).toBeNull();
    expect(result.status === "ok" && [...result.unavailable].sort()).toEqual([
      "brev",
      "fakturaer",
      "oppgaver",
      "tjenester",
    ]);
    expect(stub.requests).toHaveLength(1);
  });

  it("reports a rejected token so the page can ask for a new login", async () => {
    answer = () => ({ status: 401, body: { errors: [{ message: "no", extensions: { code: "UNAUTHENTICATED" } }] } });
    expect(await loadDashboard("expired")).toEqual({ status: "unauthenticated" });
  });

  it("treats a broken gateway as every part unavailable", async () => {
    answer = () => ({ status: 502, body: "bad gateway" });
    const result = await loadDashboard("t");
    expect(result.status === "ok" && [...result.unavailable].length).toBe(4);
  });
});
