import { describe, expect, it } from "vitest";
import { isIsoInstant, isKalenderdato, leggTilDager, osloDato } from "./dato.ts";

describe("isKalenderdato", () => {
  it("accepts real dates, leap days included", () => {
    expect(isKalenderdato("2026-02-28")).toBe(true);
    expect(isKalenderdato("2028-02-29")).toBe(true);
  });

  it("rejects impossible dates and other formats", () => {
    for (const value of [
      "2026-02-30",
      "2026-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-2-1",
      "01.02.2026",
      "",
      20260201,
    ]) {
      expect(isKalenderdato(value)).toBe(false);
    }
  });
});

describe("osloDato", () => {
  it("uses the Oslo calendar day, not the UTC one", () => {
    expect(osloDato(new Date("2026-06-14T22:30:00Z"))).toBe("2026-06-15");
    expect(osloDato(new Date("2026-01-14T22:30:00Z"))).toBe("2026-01-14");
  });
});

describe("leggTilDager", () => {
  it("moves across month and year ends", () => {
    expect(leggTilDager("2026-01-31", 1)).toBe("2026-02-01");
    expect(leggTilDager("2026-01-01", -1)).toBe("2025-12-31");
  });
});

describe("isIsoInstant", () => {
  it("accepts what Date.toISOString writes", () => {
    expect(isIsoInstant(new Date("2026-12-01T10:00:00Z").toISOString())).toBe(true);
  });

  it("refuses other forms and instants that do not survive the round trip", () => {
    expect(isIsoInstant("2026-12-01T10:00:00Z")).toBe(false);
    expect(isIsoInstant("2026-02-30T10:00:00.000Z")).toBe(false);
    expect(isIsoInstant("x")).toBe(false);
    expect(isIsoInstant(1)).toBe(false);
  });
});
