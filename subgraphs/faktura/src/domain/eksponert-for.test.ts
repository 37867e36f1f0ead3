import { DEMO_EIENDOMMER, KARI } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { isValidEksponertFor, isValidMatrikkelnummer } from "./eksponert-for.ts";

describe("eksponertFor", () => {
  it("accepts a valid fødselsnummer and refuses a broken one", () => {
    expect(isValidEksponertFor("FODSELSNUMMER", KARI.pid)).toBe(true);
    expect(isValidEksponertFor("FODSELSNUMMER", "12858510049")).toBe(false);
  });

  it.each(["5001-12/345/0/0", "0301-208/133/0/12"])("accepts matrikkelnummer %s", (value) => {
    expect(isValidMatrikkelnummer(value)).toBe(true);
    expect(isValidEksponertFor("MATRIKKELNUMMER", value)).toBe(true);
  });

  it.each(["5001-0/345/0/0", "501-12/345/0/0", "5001-12/345", "5001 12/345/0/0", KARI.pid])(
    "refuses matrikkelnummer %s",
    (value) => {
      expect(isValidMatrikkelnummer(value)).toBe(false);
    },
  );

  it("accepts every demo property, so invoices can be registered on them", () => {
    for (const eiendom of DEMO_EIENDOMMER) expect(isValidMatrikkelnummer(eiendom.matrikkelnummer)).toBe(true);
  });
});
