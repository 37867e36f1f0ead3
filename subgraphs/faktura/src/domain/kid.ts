/**
 * KID (kundeidentifikasjon) rules as the banks apply them: 2–25 characters, the last one a
 * control digit computed with either mod-10 (Luhn) or mod-11. Mod-11 writes control 10 as "-".
 */

/** The Luhn (mod-10) control digit for a string of digits. */
export function kidMod10Kontrollsiffer(digits: string): string {
  assertDigits(digits);
  let sum = 0;
  // Weights 2,1,2,1,… from the right; two-digit products count by their digit sum.
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

/** The mod-11 control digit for a string of digits: weights 2–7 repeating from the right; 10 is "-". */
export function kidMod11Kontrollsiffer(digits: string): string {
  assertDigits(digits);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (2 + (i % 6));
  const control = (11 - (sum % 11)) % 11;
  return control === 10 ? "-" : String(control);
}

/** True for a KID valid under mod-10 or mod-11 (the invoicer chooses the algorithm with its bank). */
export function isValidKid(value: string): boolean {
  if (!/^\d{1,24}[\d-]$/.test(value)) return false;
  const body = value.slice(0, -1);
  const control = value.slice(-1);
  return kidMod11Kontrollsiffer(body) === control || kidMod10Kontrollsiffer(body) === control;
}

function assertDigits(digits: string): void {
  if (!/^\d+$/.test(digits)) throw new RangeError("A KID is built from digits only");
}
