import { describe, expect, it } from "vitest";
import { kronerTilOre } from "./kroner.ts";

describe("kronerTilOre", () => {
  it.each([
    [1234.5, 123_450],
    [1234.56, 123_456],
    [0.1, 10],
    [0.29, 29],
    [1035.5, 103_550],
    [0, 0],
    [-12.3, -1_230],
  ])("turns %d kroner into %d øre", (kroner, ore) => {
    expect(kronerTilOre(kroner)).toBe(ore);
  });

  it.each([0.015, 10.005, 1.001, 1e20])("refuses %d, which is not a whole number of øre", (kroner) => {
    expect(kronerTilOre(kroner)).toBeNull();
  });
});
