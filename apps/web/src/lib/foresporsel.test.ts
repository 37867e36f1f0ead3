import { describe, expect, it, vi } from "vitest";
import { foresporselUtfall, parseNokler } from "./foresporsel.ts";
import type { GatewayGraphQLError, GatewayResult } from "./gateway-result.ts";

type Data = { beOm: { status: string } | null };
const svarFra = (data: Data) => data.beOm;
const utfall = (result: GatewayResult<Data>) => foresporselUtfall(result, svarFra, "antallAvdrag", "test");
const medFeil = (...errors: GatewayGraphQLError[]): GatewayResult<Data> => ({
  ok: false,
  error: { kind: "graphql", errors },
});

describe("parseNokler", () => {
  it("reads the invoice and the key, and refuses anything else", () => {
    const data = new FormData();
    data.set("fakturaId", "fa000000-0000-4000-8000-000000001004");
    data.set("idempotencyKey", "5c0b1d8e-2f1a");
    expect(parseNokler(data)).toEqual({
      fakturaId: "fa000000-0000-4000-8000-000000001004",
      idempotencyKey: "5c0b1d8e-2f1a",
    });
    data.set("idempotencyKey", "kort");
    expect(parseNokler(data)).toBeNull();
    data.delete("idempotencyKey");
    expect(parseNokler(data)).toBeNull();
  });
});

describe("foresporselUtfall", () => {
  it("gives the answer when there is one", () => {
    expect(utfall({ ok: true, data: { beOm: { status: "INNVILGET" } }, errors: [] })).toEqual({
      svar: { status: "INNVILGET" },
    });
  });

  it("tells a rejected login, the field the service named, and an invoice not shown apart", () => {
    expect(utfall({ ok: false, error: { kind: "unauthenticated" } })).toEqual({ feil: "utlogget" });
    const feltFeil = { message: "x", extensions: { code: "BAD_USER_INPUT", field: "antallAvdrag" } };
    expect(utfall(medFeil(feltFeil))).toEqual({ feil: "antallAvdrag" });
    expect(utfall(medFeil({ message: "x", extensions: { code: "NOT_FOUND" } }))).toEqual({ feil: "ikkeFunnet" });
  });

  it("calls anything else unavailable and logs only the codes", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const annetFelt = { message: "12858510048", extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" } };
      expect(utfall(medFeil(annetFelt))).toEqual({ feil: "utilgjengelig" });
      expect(utfall({ ok: false, error: { kind: "network", message: "ECONNREFUSED" } })).toEqual({
        feil: "utilgjengelig",
      });
      expect(utfall({ ok: true, data: { beOm: null }, errors: [] })).toEqual({ feil: "utilgjengelig" });
      expect(JSON.stringify(warn.mock.calls)).not.toContain("12858510048");
    } finally {
      warn.mockRestore();
    }
  });
});
