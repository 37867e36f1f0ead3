import { describe, expect, it } from "vitest";
import { sokeord } from "./sokeord.ts";

describe("sokeord", () => {
  it("keeps letters and digits, lower-cases, drops tsquery operators and duplicates", () => {
    expect(sokeord("Byggesøknad & (Munkegata 12) | !faktura:* byggesøknad")).toEqual([
      "byggesøknad",
      "munkegata",
      "12",
      "faktura",
    ]);
  });
  it("caps the number of words", () => {
    expect(sokeord("a b c d e f g h i j")).toHaveLength(8);
  });
  it("gives nothing for punctuation only", () => {
    expect(sokeord(" :*&| ")).toEqual([]);
  });
});
