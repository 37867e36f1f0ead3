/** Weights for the mod-11 control digit of a Norwegian bank account number. */
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * The mod-11 control digit for the first ten digits of an account number, or null when the
 * remainder gives 10: such numbers are never issued.
 */
export function kontonummerKontrollsiffer(first10: string): number | null {
  if (!/^\d{10}$/.test(first10)) throw new RangeError("Expected the first ten digits of an account number");
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first10[i]), 0);
  const control = (11 - (sum % 11)) % 11;
  return control === 10 ? null : control;
}

/** True for a valid Norwegian bank account number: 11 digits, last one the mod-11 control digit. */
export function isValidKontonummer(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  return kontonummerKontrollsiffer(value.slice(0, 10)) === Number(value[10]);
}
