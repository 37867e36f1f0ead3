import { describe, expect, it } from "vitest";
import { fakturaTilstand } from "./faktura-tilstand.ts";

const TODAY = "2026-11-20";

describe("fakturaTilstand", () => {
  it("is owed while something is left to pay, and overdue after the due date", () => {
    const faktura = { utestaendeBelop: 100, status: "IKKE_BETALT", forfallDato: TODAY } as const;
    expect(fakturaTilstand(faktura, TODAY)).toEqual({ owed: true, overdue: false });
    expect(fakturaTilstand({ ...faktura, forfallDato: "2026-11-19" }, TODAY)).toEqual({ owed: true, overdue: true });
  });

  it("is neither when nothing is left or the invoice is paid", () => {
    const past = "2026-01-01";
    expect(fakturaTilstand({ utestaendeBelop: 0, status: "INKASSO", forfallDato: past }, TODAY)).toEqual({
      owed: false,
      overdue: false,
    });
    expect(fakturaTilstand({ utestaendeBelop: 100, status: "BETALT", forfallDato: past }, TODAY)).toEqual({
      owed: false,
      overdue: false,
    });
  });
});
