import { describe, expect, it } from "vitest";
import { fakturaTilstand } from "./faktura-tilstand.ts";

const UBETALT = {
  utestaendeBelop: 100,
  status: "IKKE_BETALT",
  forfallDato: "2026-05-20",
  effektivForfallDato: "2026-05-20",
  forfalt: false,
} as const;

describe("fakturaTilstand", () => {
  it("takes overdue from the Faktura service, not from the due date", () => {
    expect(fakturaTilstand(UBETALT)).toEqual({
      owed: true,
      overdue: false,
      forfall: "2026-05-20",
      etterPlan: false,
      opprinneligForfall: null,
    });
    expect(fakturaTilstand({ ...UBETALT, forfalt: true }).overdue).toBe(true);
  });

  it("names the date as the plan's while a plan runs, also before it has moved past the invoice's own", () => {
    expect(fakturaTilstand({ ...UBETALT, avdragsplanStatus: "AKTIV" })).toMatchObject({
      forfall: "2026-05-20",
      etterPlan: true,
      opprinneligForfall: null,
    });
    // A cancelled or completed plan no longer sets the date.
    expect(fakturaTilstand({ ...UBETALT, avdragsplanStatus: "KANSELLERT" }).etterPlan).toBe(false);
  });

  it("under an avdrag plan shows the next instalment's date and keeps the invoice's own", () => {
    const underPlan = { ...UBETALT, effektivForfallDato: "2026-12-20", forfalt: false };
    expect(fakturaTilstand(underPlan)).toEqual({
      owed: true,
      overdue: false,
      forfall: "2026-12-20",
      etterPlan: true,
      opprinneligForfall: "2026-05-20",
    });
  });

  it("is neither owed nor overdue when nothing is left or the invoice is paid", () => {
    expect(fakturaTilstand({ ...UBETALT, utestaendeBelop: 0, status: "INKASSO", forfalt: true })).toMatchObject({
      owed: false,
      overdue: false,
    });
    expect(fakturaTilstand({ ...UBETALT, status: "BETALT", forfalt: true })).toMatchObject({
      owed: false,
      overdue: false,
    });
  });
});
