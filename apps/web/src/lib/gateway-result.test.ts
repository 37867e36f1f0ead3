import { describe, expect, it } from "vitest";
import { interpretGatewayResponse } from "./gateway-result.ts";

describe("interpretGatewayResponse", () => {
  it("keeps partial data beside the errors of the part that failed", () => {
    const errors = [{ message: "oppgave is down", path: ["meg", "oppgaver"] }];
    const result = interpretGatewayResponse(200, { data: { meg: { antallUlesteForsendelser: 2 } }, errors });
    expect(result).toEqual({ ok: true, data: { meg: { antallUlesteForsendelser: 2 } }, errors });
  });

  it("reads a rejected token as unauthenticated, by status or by error code", () => {
    expect(interpretGatewayResponse(401, null)).toEqual({ ok: false, error: { kind: "unauthenticated" } });
    const body = { data: null, errors: [{ message: "no", extensions: { code: "UNAUTHENTICATED" } }] };
    expect(interpretGatewayResponse(200, body)).toEqual({ ok: false, error: { kind: "unauthenticated" } });
  });

  it("reports errors without data, and a body that is not GraphQL", () => {
    const errors = [{ message: "boom" }];
    expect(interpretGatewayResponse(200, { data: null, errors })).toEqual({
      ok: false,
      error: { kind: "graphql", errors },
    });
    expect(interpretGatewayResponse(502, null)).toEqual({ ok: false, error: { kind: "http", status: 502 } });
  });
});
