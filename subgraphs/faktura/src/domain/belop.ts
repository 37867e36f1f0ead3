/**
 * Amount rules for an invoice (fakturaV1). Every amount is whole øre; a fraction of an øre
 * or a number beyond safe-integer range is a bug upstream, so it throws instead of rounding.
 */

/**
 * The largest amount, and the largest total, one invoice may carry: 100 milliarder kroner. Far
 * above any real municipal invoice, and low enough that sums of a few of them stay exact in a
 * JavaScript number, so a derived amount can never fail to serialise.
 */
export const MAX_BELOP_ORE = 10 ** 13;

/** The cap as people read it, for error messages. */
export const MAX_BELOP_TEKST = "100 000 000 000 kroner";

/**
 * The largest sum over many invoices an overview reports: a hundred invoices at the cap. One
 * citizen's invoices are not capped in number, so their sum is computed exactly in the database
 * and reported as this cap (with a flag) when larger, well below 2^53 so it always serialises
 * as a whole number of øre.
 */
export const MAX_SUM_ORE = 100 * MAX_BELOP_ORE;

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

/** Unpaid: not marked BETALT and something is still owed (ubetaltSql in src/db/belop-sql.ts). */
export function erUbetalt(f: FakturaBelop & { status: string }): boolean {
  return f.status !== "BETALT" && utestaendeBelop(f) > 0;
}

/** What decides whether a citizen may still pay: the amounts, the status and the fagsystem's say. */
export interface Betalbarhet extends FakturaBelop {
  status: string;
  sendtTilEkstern: boolean;
  /** The fagsystem's own flag; it can only take payment away, never grant it for a paid invoice. */
  kanBetales: boolean;
}

/** False when paid, credited to 0, sent to an external party, or closed by the fagsystem. */
export function kanBetales(f: Betalbarhet): boolean {
  return f.kanBetales && f.status !== "BETALT" && !f.sendtTilEkstern && utestaendeBelop(f) > 0;
}

/**
 * The amounts and status after one more payment of `belop` øre. A payment that clears what is
 * owed marks the invoice BETALT; a partial one leaves the status as the fagsystem set it.
 */
export function medInnbetaling<S extends string>(
  f: FakturaBelop & { status: S },
  belop: number,
): { innbetaltBelop: number; status: S | "BETALT" } {
  if (ore("innbetaling", belop) <= 0) throw new RangeError("A payment must be a positive number of øre");
  const etter = { ...f, innbetaltBelop: ore("innbetaltBelop", f.innbetaltBelop) + belop };
  return { innbetaltBelop: etter.innbetaltBelop, status: utestaendeBelop(etter) === 0 ? "BETALT" : f.status };
}
