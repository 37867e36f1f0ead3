import { isValidPersonId } from "@minkommune/auth";

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** True for a 9-digit organisasjonsnummer whose last digit is its mod-11 control digit. */
export function isValidOrgnr(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = ORGNR_WEIGHTS.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  const control = (11 - (sum % 11)) % 11;
  return control !== 10 && control === digits[8];
}

/** True for a matrikkelnummer written `<kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>`. */
export function isValidMatrikkelnummer(value: string): boolean {
  return /^\d{4}-[1-9]\d{0,4}\/\d{1,4}\/\d{1,4}\/\d{1,4}$/.test(value);
}

/** The identifier types of EksponertFor, as the index API spells them. */
export const IDENTIFIKATOR_TYPER = ["FODSELSNUMMER", "ORGANISASJONSNUMMER", "MATRIKKELNUMMER", "OFFENTLIG"] as const;
export type IdentifikatorType = (typeof IDENTIFIKATOR_TYPER)[number];

/** Why `verdi` is not a valid identifier of the given type, or null when it is. Never echoes the value. */
export function identifikatorFeil(type: IdentifikatorType, verdi: string | null | undefined): string | null {
  if (type === "OFFENTLIG") return null;
  if (!verdi) return "verdi mangler";
  if (type === "FODSELSNUMMER" && !isValidPersonId(verdi))
    return "verdi er ikke et gyldig fødselsnummer eller D-nummer";
  if (type === "ORGANISASJONSNUMMER" && !isValidOrgnr(verdi)) return "verdi er ikke et gyldig organisasjonsnummer";
  if (type === "MATRIKKELNUMMER" && !isValidMatrikkelnummer(verdi)) {
    return "verdi må ha formatet <kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>";
  }
  return null;
}
