import { describe, expect, it } from "vitest";
import { delIAvdrag, leggTilMaaneder } from "./avdrag.ts";

describe("leggTilMaaneder", () => {
  it.each([
    ["2026-06-30", 1, "2026-07-30"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-11-15", 3, "2027-02-15"],
    ["2026-06-30", 0, "2026-06-30"],
  ])("%s + %i months is %s", (dato, maaneder, forventet) => {
    expect(leggTilMaaneder(dato, maaneder)).toBe(forventet);
  });
});

describe("delIAvdrag", () => {
  it("splits evenly when it can", () => {
    expect(delIAvdrag(300_000, 3, "2026-06-30")).toEqual([
      { forfallDato: "2026-06-30", belop: 100_000 },
      { forfallDato: "2026-07-30", belop: 100_000 },
      { forfallDato: "2026-08-30", belop: 100_000 },
    ]);
  });

  it("puts the odd øre on the first instalments, so the sum is exact", () => {
    expect(delIAvdrag(100_001, 3, "2026-01-31").map((a) => a.belop)).toEqual([33_334, 33_334, 33_333]);
    expect(delIAvdrag(2, 3, "2026-01-31").map((a) => a.belop)).toEqual([1, 1, 0]);
  });

  it("always adds up to the amount, for every amount and count", () => {
    for (const belop of [0, 1, 7, 99_999, 412_550, 9_007_199_254_740_991]) {
      for (let antall = 1; antall <= 12; antall++) {
        const avdrag = delIAvdrag(belop, antall, "2026-01-31");
        expect(avdrag).toHaveLength(antall);
        expect(avdrag.reduce((sum, a) => sum + BigInt(a.belop), 0n)).toBe(BigInt(belop));
        expect(Math.max(...avdrag.map((a) => a.belop)) - Math.min(...avdrag.map((a) => a.belop))).toBeLessThanOrEqual(
          1,
        );
      }
    }
  });

  it("refuses amounts that are not whole øre", () => {
    expect(() => delIAvdrag(100.5, 2, "2026-06-30")).toThrow(RangeError);
    expect(() => delIAvdrag(-1, 2, "2026-06-30")).toThrow(RangeError);
    expect(() => delIAvdrag(100, 0, "2026-06-30")).toThrow(RangeError);
  });
});
