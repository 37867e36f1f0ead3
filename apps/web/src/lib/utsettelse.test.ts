import { describe, expect, it } from "vitest";
import { FAKTURA, form, KEY } from "./skjema-testdata.ts";
import { dagenEtter, isKalenderdato, parseUtsettelse } from "./utsettelse.ts";

describe("parseUtsettelse", () => {
  it("reads the invoice, the new due date and the key made at render", () => {
    expect(parseUtsettelse(form({ fakturaId: FAKTURA, nyForfallDato: "2026-08-10", idempotencyKey: KEY }))).toEqual({
      fakturaId: FAKTURA,
      nyForfallDato: "2026-08-10",
      idempotencyKey: KEY,
    });
  });

  it("names the date when it is not a real date", () => {
    for (const nyForfallDato of ["", "2026-02-30", "10.08.2026", "2026-8-1"]) {
      expect(parseUtsettelse(form({ fakturaId: FAKTURA, nyForfallDato, idempotencyKey: KEY }))).toEqual({
        feil: "nyForfallDato",
      });
    }
  });

  it("refuses a tampered form", () => {
    expect(
      parseUtsettelse(form({ fakturaId: "12858510048", nyForfallDato: "2026-08-10", idempotencyKey: KEY })),
    ).toEqual({
      feil: "skjema",
    });
    expect(
      parseUtsettelse(form({ fakturaId: FAKTURA, nyForfallDato: "2026-08-10", idempotencyKey: "<script>" })),
    ).toEqual({
      feil: "skjema",
    });
  });
});

describe("dates", () => {
  it("knows real calendar dates and the day after, across months and leap years", () => {
    expect(isKalenderdato("2028-02-29")).toBe(true);
    expect(isKalenderdato("2026-02-29")).toBe(false);
    expect(dagenEtter("2026-12-31")).toBe("2027-01-01");
    expect(dagenEtter("2028-02-28")).toBe("2028-02-29");
  });
});
