import { describe, expect, it } from "vitest";
import { type FakturaBelop, kanBetales, medInnbetaling, utestaendeBelop } from "./belop.ts";

const faktura: FakturaBelop & { status: "IKKE_BETALT" | "INKASSOVARSEL" } = {
  belop: 100_000,
  innbetaltBelop: 0,
  gebyr: 3_500,
  renter: 1_001,
  andreOmkostninger: 0,
  kreditertBelop: 0,
  status: "INKASSOVARSEL",
};
const betalbar = { ...faktura, sendtTilEkstern: false, kanBetales: true };

describe("medInnbetaling", () => {
  it("adds a partial payment and keeps the status", () => {
    expect(medInnbetaling(faktura, 40_000)).toEqual({ innbetaltBelop: 40_000, status: "INKASSOVARSEL" });
    expect(utestaendeBelop({ ...faktura, innbetaltBelop: 40_000 })).toBe(64_501);
  });

  it("marks the invoice BETALT when the payments cover belop, gebyr and renter to the øre", () => {
    const forst = medInnbetaling(faktura, 104_500);
    expect(forst.status).toBe("INKASSOVARSEL");
    expect(medInnbetaling({ ...faktura, ...forst }, 1)).toEqual({ innbetaltBelop: 104_501, status: "BETALT" });
  });

  it("counts a credit note: the rest after kreditertBelop is what must be paid", () => {
    const kreditert = { ...faktura, kreditertBelop: 50_000 };
    expect(utestaendeBelop(kreditert)).toBe(54_501);
    expect(medInnbetaling(kreditert, 54_501).status).toBe("BETALT");
  });

  it("an overpayment owes nothing and does not go negative", () => {
    const etter = medInnbetaling(faktura, 200_000);
    expect(etter.status).toBe("BETALT");
    expect(utestaendeBelop({ ...faktura, ...etter })).toBe(0);
  });

  it.each([0, -1, 0.5, Number.MAX_SAFE_INTEGER + 2])("refuses a payment of %s øre", (belop) => {
    expect(() => medInnbetaling(faktura, belop)).toThrow(RangeError);
  });
});

describe("kanBetales", () => {
  it("is true while something is owed", () => {
    expect(kanBetales(betalbar)).toBe(true);
  });

  it.each([
    ["paid", { status: "BETALT" }],
    ["paid in full but status not yet changed", { innbetaltBelop: 104_501 }],
    ["credited to 0", { kreditertBelop: 104_501 }],
    ["sent to an external party", { sendtTilEkstern: true }],
    ["closed by the fagsystem", { kanBetales: false }],
  ])("is false when %s", (_, endring) => {
    expect(kanBetales({ ...betalbar, ...endring })).toBe(false);
  });
});
