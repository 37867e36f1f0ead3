import { describe, expect, it } from "vitest";
import { type FakturaBelop, totalbelop, utestaendeBelop } from "./belop.ts";

const zero: FakturaBelop = {
  belop: 0,
  innbetaltBelop: 0,
  gebyr: 0,
  renter: 0,
  andreOmkostninger: 0,
  kreditertBelop: 0,
};

describe("totalbelop", () => {
  it("adds gebyr, renter and andre omkostninger to the original amount", () => {
    expect(totalbelop({ ...zero, belop: 268_000, gebyr: 3_500, renter: 1_283, andreOmkostninger: 700 })).toBe(273_483);
  });

  it("is the original amount when there are no costs", () => {
    expect(totalbelop({ ...zero, belop: 412_550 })).toBe(412_550);
  });

  it.each([
    ["belop", { ...zero, belop: 10.5 }],
    ["gebyr", { ...zero, gebyr: Number.NaN }],
    ["renter", { ...zero, renter: 2 ** 53 }],
  ])("refuses a %s that is not whole øre", (_, f) => expect(() => totalbelop(f)).toThrow(RangeError));
});

describe("utestaendeBelop", () => {
  it("subtracts what was paid", () => {
    expect(utestaendeBelop({ ...zero, belop: 412_550, innbetaltBelop: 200_000 })).toBe(212_550);
  });

  it("subtracts credit notes as well as payments", () => {
    expect(
      utestaendeBelop({ ...zero, belop: 100_000, gebyr: 3_500, innbetaltBelop: 50_000, kreditertBelop: 20_000 }),
    ).toBe(33_500);
  });

  it("is zero when paid in full", () => {
    expect(utestaendeBelop({ ...zero, belop: 320_500, renter: 120, innbetaltBelop: 320_620 })).toBe(0);
  });

  it("never goes below zero when overpaid or over-credited", () => {
    expect(utestaendeBelop({ ...zero, belop: 100, innbetaltBelop: 150 })).toBe(0);
    expect(utestaendeBelop({ ...zero, belop: 100, kreditertBelop: 100, innbetaltBelop: 100 })).toBe(0);
  });

  it("refuses a payment that is not whole øre", () => {
    expect(() => utestaendeBelop({ ...zero, belop: 100, innbetaltBelop: 0.1 })).toThrow(/innbetaltBelop/);
  });
});
