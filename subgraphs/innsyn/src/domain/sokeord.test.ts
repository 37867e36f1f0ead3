import { MAKS_TERM_LENGDE } from "@minkommune/subgraph-kit";
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
  it("takes a term of the shared maximum length, and refuses a longer one naming term", () => {
    expect(sokeord(` ${"ø".repeat(MAKS_TERM_LENGDE)} `)).toHaveLength(1);
    expect(() => sokeord("a".repeat(MAKS_TERM_LENGDE + 1))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "term" }) }),
    );
  });
});
