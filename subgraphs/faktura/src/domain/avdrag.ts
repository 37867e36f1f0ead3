/** One instalment of an invoice split into avdrag. */
export interface Avdrag {
  forfallDato: string;
  /** Whole øre. */
  belop: number;
}

/** The fewest and most instalments anyone may ask for; a municipality's policy may allow fewer. */
export const MIN_ANTALL_AVDRAG = 2;
export const MAX_ANTALL_AVDRAG = 12;

/** The same day `maaneder` months later, or the month's last day when it has no such day (31 Jan → 28 Feb). */
export function leggTilMaaneder(dato: string, maaneder: number): string {
  const [ar, maned, dag] = dato.split("-").map(Number) as [number, number, number];
  const forsteIMaaneden = new Date(Date.UTC(ar, maned - 1 + maaneder, 1));
  const dagerIMaaneden = new Date(
    Date.UTC(forsteIMaaneden.getUTCFullYear(), forsteIMaaneden.getUTCMonth() + 1, 0),
  ).getUTCDate();
  forsteIMaaneden.setUTCDate(Math.min(dag, dagerIMaaneden));
  return forsteIMaaneden.toISOString().slice(0, 10);
}

/**
 * Splits `belop` øre into `antall` monthly instalments, the first due on `forsteForfall`. The
 * instalments differ by at most one øre, the larger ones first, and always add up to `belop`.
 */
export function delIAvdrag(belop: number, antall: number, forsteForfall: string): Avdrag[] {
  if (!Number.isSafeInteger(belop) || belop < 0) throw new RangeError("belop must be whole, non-negative øre");
  if (!Number.isInteger(antall) || antall < 1) throw new RangeError("antall must be a positive integer");
  const grunnbelop = Math.floor(belop / antall);
  const rest = belop - grunnbelop * antall;
  return Array.from({ length: antall }, (_, i) => ({
    forfallDato: leggTilMaaneder(forsteForfall, i),
    belop: grunnbelop + (i < rest ? 1 : 0),
  }));
}
