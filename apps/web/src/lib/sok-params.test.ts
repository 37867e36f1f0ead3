import { describe, expect, it } from "vitest";
import { grupperEtterType, harOrd, MAKS_SOKELENGDE, parseSok, sokFilter, sokHref } from "./sok-params.ts";

const TRONDHEIM = "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d5001";

describe("parseSok", () => {
  it("reads the term and the facets", () => {
    expect(parseSok({ q: "  byggesak ", kommune: TRONDHEIM, type: "mappe", ar: "2026" })).toEqual({
      q: "byggesak",
      kommune: TRONDHEIM,
      type: "mappe",
      ar: 2026,
    });
  });

  it("drops malformed facets and cuts an overlong term", () => {
    expect(parseSok({ q: "x", kommune: "12858510048", type: "faktura", ar: "26" })).toEqual({ q: "x" });
    expect(parseSok({ q: "a".repeat(500) }).q).toHaveLength(MAKS_SOKELENGDE);
    expect(parseSok({})).toEqual({ q: "" });
  });
});

describe("sokHref", () => {
  it("sets and removes facets and keeps the term", () => {
    const sok = { q: "vedtak om", type: "forsendelse" as const };
    expect(sokHref(sok, { ar: 2026 })).toBe("/sok?q=vedtak+om&type=forsendelse&ar=2026");
    expect(sokHref(sok, { type: undefined })).toBe("/sok?q=vedtak+om");
  });
});

describe("sokFilter", () => {
  it("turns a year into its calendar days and includes archived meldinger", () => {
    expect(sokFilter({ q: "x", ar: 2026, kommune: TRONDHEIM })).toEqual({
      arkivert: null,
      fiksOrganisasjonId: [TRONDHEIM],
      fraDato: "2026-01-01",
      tilDato: "2026-12-31",
    });
  });
});

describe("grupperEtterType", () => {
  it("groups by kind in a fixed order and keeps the order within a group", () => {
    const hit = (id: string, type: "forsendelse" | "mappe") => ({ id, melding: { type } });
    const grupper = grupperEtterType([hit("a", "mappe"), hit("b", "forsendelse"), hit("c", "mappe")]);
    expect(grupper.map((g) => [g.type, g.treff.map((t) => t.id)])).toEqual([
      ["forsendelse", ["b"]],
      ["mappe", ["a", "c"]],
    ]);
  });
});

describe("harOrd", () => {
  it("needs a letter or digit in any script", () => {
    expect(harOrd("å")).toBe(true);
    expect(harOrd("2026")).toBe(true);
    expect(harOrd("!?* -")).toBe(false);
  });
});
