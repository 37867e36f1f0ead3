import { describe, expect, it } from "vitest";
import { validerArsak } from "./kansellering.ts";

describe("validerArsak", () => {
  it("accepts a reason, trimmed, up to 500 characters", () => {
    expect(validerArsak("  Avdrag ikke betalt \n")).toEqual({ ok: true, verdi: "Avdrag ikke betalt" });
    expect(validerArsak("x".repeat(500)).ok).toBe(true);
  });

  it.each([
    ["", "kan ikke være tom"],
    [" \t ", "kan ikke være tom"],
    ["x".repeat(501), "kan være høyst 500 tegn"],
  ])("refuses %j naming arsak", (arsak, melding) => {
    expect(validerArsak(arsak)).toEqual({ ok: false, felt: "arsak", melding });
  });
});
