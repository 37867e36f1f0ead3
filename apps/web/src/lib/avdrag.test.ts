import { describe, expect, it } from "vitest";
import { MAX_ANTALL_AVDRAG, MIN_ANTALL_AVDRAG, parseAntallAvdrag, parseAvdrag } from "./avdrag.ts";
import { FAKTURA, form, KEY } from "./skjema-testdata.ts";

describe("parseAvdrag", () => {
  it("reads the invoice, the number of instalments and the key made at render", () => {
    expect(parseAvdrag(form({ fakturaId: FAKTURA, antallAvdrag: "3", idempotencyKey: KEY }))).toEqual({
      fakturaId: FAKTURA,
      antallAvdrag: 3,
      idempotencyKey: KEY,
    });
  });

  it("names the field when it is not a whole number within the documented bounds", () => {
    for (const antallAvdrag of ["", "tre", "3.5", "-3", "1", "13", "1e1", "0x3", "99999"]) {
      expect(parseAvdrag(form({ fakturaId: FAKTURA, antallAvdrag, idempotencyKey: KEY }))).toEqual({
        feil: "antallAvdrag",
      });
    }
    expect(parseAvdrag(form({ fakturaId: FAKTURA, idempotencyKey: KEY }))).toEqual({ feil: "antallAvdrag" });
  });

  it("refuses a tampered form before looking at the field", () => {
    expect(parseAvdrag(form({ fakturaId: "12858510048", antallAvdrag: "3", idempotencyKey: KEY }))).toEqual({
      feil: "skjema",
    });
    expect(parseAvdrag(form({ fakturaId: FAKTURA, antallAvdrag: "3", idempotencyKey: "<script>" }))).toEqual({
      feil: "skjema",
    });
  });
});

describe("parseAntallAvdrag", () => {
  it("takes both bounds the API documents and everything between", () => {
    expect(MIN_ANTALL_AVDRAG).toBe(2);
    expect(MAX_ANTALL_AVDRAG).toBe(12);
    for (let antall = MIN_ANTALL_AVDRAG; antall <= MAX_ANTALL_AVDRAG; antall++) {
      expect(parseAntallAvdrag(String(antall))).toBe(antall);
    }
    expect(parseAntallAvdrag(" 12 ")).toBe(12);
    expect(parseAntallAvdrag("012")).toBe(12);
  });

  it("refuses a file or nothing at all", () => {
    expect(parseAntallAvdrag(null)).toBeNull();
    expect(parseAntallAvdrag(new File(["3"], "3.txt"))).toBeNull();
  });
});
