/**
 * Amount rules for an invoice (fakturaV1). Every amount is whole øre; a fraction of an øre
 * or a number beyond safe-integer range is a bug upstream, so it throws instead of rounding.
 */

/** The stored amounts of one invoice, in øre. */
export interface FakturaBelop {
  belop: number;
  innbetaltBelop: number;
  gebyr: number;
  renter: number;
  andreOmkostninger: number;
  kreditertBelop: number;
}

function ore(name: string, value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number of øre, got ${value}`);
  return value;
}

/** The original amount plus purregebyr, interest and other costs. */
export function totalbelop(f: Omit<FakturaBelop, "innbetaltBelop" | "kreditertBelop">): number {
  return (
    ore("belop", f.belop) +
    ore("gebyr", f.gebyr) +
    ore("renter", f.renter) +
    ore("andreOmkostninger", f.andreOmkostninger)
  );
}

/** What is still owed: the total less payments and credit notes, never below zero (overpayment owes nothing). */
export function utestaendeBelop(f: FakturaBelop): number {
  const rest = totalbelop(f) - ore("innbetaltBelop", f.innbetaltBelop) - ore("kreditertBelop", f.kreditertBelop);
  return Math.max(0, rest);
}
