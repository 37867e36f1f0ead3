import { isValidPersonId } from "@minkommune/auth";

/** Who an invoice is shown to (EksponertFor, limited to what invoices use). */
export type IdentifikatorType = "FODSELSNUMMER" | "MATRIKKELNUMMER";

/**
 * A matrikkelnummer as Innsyn writes it: `<kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>`,
 * e.g. "5001-12/345/0/0".
 */
const MATRIKKELNUMMER = /^\d{4}-[1-9]\d{0,4}\/[1-9]\d{0,3}\/\d{1,4}\/\d{1,4}$/;

/** True for a valid matrikkelnummer in the Innsyn form. */
export function isValidMatrikkelnummer(value: string): boolean {
  return MATRIKKELNUMMER.test(value);
}

/** True when `verdi` is a valid identifier of the given type. */
export function isValidEksponertFor(type: IdentifikatorType, verdi: string): boolean {
  return type === "FODSELSNUMMER" ? isValidPersonId(verdi) : isValidMatrikkelnummer(verdi);
}
