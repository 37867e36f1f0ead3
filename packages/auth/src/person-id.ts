/**
 * Norwegian person identifiers: fødselsnummer and D-nummer, including synthetic test numbers
 * (month + 80, Tenor) and the control-digit rule that applies from 2032, where the first
 * control sum may leave a remainder of 0, 1, 2 or 3.
 */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

function weightedSum(digits: number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);
}

function hasPlausibleDate(digits: number[]): boolean {
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  if (day > 40) day -= 40; // D-nummer
  if (month > 80) month -= 80; // synthetic (Tenor)
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** True for a valid fødselsnummer or D-nummer (11 digits, plausible date, mod-11 control digits). */
export function isValidPersonId(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  if (!hasPlausibleDate(digits)) return false;
  const k1Remainder = weightedSum(digits, K1_WEIGHTS) % 11;
  const k2Remainder = weightedSum(digits, K2_WEIGHTS) % 11;
  return k1Remainder <= 3 && k2Remainder === 0;
}

/** A person id with its last five digits masked, safe for logs and error messages. */
export function maskPersonId(value: string): string {
  return `${value.slice(0, 6)}*****`;
}

// Eleven digits on their own: the shape of a fødselsnummer or D-nummer.
const PERSON_ID_IN_TEXT = /(?<!\d)\d{11}(?!\d)/g;

/**
 * The text with every eleven-digit number masked. graphql-js quotes offending values in some
 * messages (a person id sent as a number), and such a value must not reach a response or log.
 */
export function maskPersonIds(text: string): string {
  return text.replace(PERSON_ID_IN_TEXT, (match) => maskPersonId(match));
}
