import { describe, expect, it } from "vitest";
import { translator } from "../i18n/t.ts";
import { forfallTekst, sumUtestaendeTekst } from "./faktura-forfall.ts";

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("forfallTekst", () => {
  const tilstand = { owed: true, overdue: false, forfall: "2026-12-20", etterPlan: false, opprinneligForfall: null };

  it("names the due date, and says when an avdrag plan set it", () => {
    expect(forfallTekst(tilstand, "nb", translator("nb"))).toBe("Forfall: 20. desember 2026");
    const underPlan = { ...tilstand, etterPlan: true };
    expect(forfallTekst(underPlan, "nb", translator("nb"))).toBe("Forfall etter avdragsplan: 20. desember 2026");
    expect(forfallTekst(underPlan, "en", translator("en"))).toBe("Due under the instalment plan: 20 December 2026");
  });
});

describe("sumUtestaendeTekst", () => {
  const cap = 1_000_000_000_000_000;

  it("shows the exact sum, or 'more than' the cap in each language when the sum is capped", () => {
    expect(
      nbsp(sumUtestaendeTekst({ sumUtestaende: 412_550, sumUtestaendeAvgrenset: false }, "nb", translator("nb"))),
    ).toBe("4 125,50 kr");
    const avgrenset = { sumUtestaende: cap, sumUtestaendeAvgrenset: true };
    expect(nbsp(sumUtestaendeTekst(avgrenset, "nb", translator("nb")))).toBe("mer enn 10 000 000 000 000,00 kr");
    expect(nbsp(sumUtestaendeTekst(avgrenset, "nn", translator("nn")))).toBe("meir enn 10 000 000 000 000,00 kr");
    expect(nbsp(sumUtestaendeTekst(avgrenset, "en", translator("en")))).toBe("more than NOK 10,000,000,000,000.00");
  });
});
