/**
 * Fiks sends fakturaV1 amounts in kroner with decimals (JSON numbers); we store whole øre. A
 * number that needs a fraction of an øre is refused instead of rounded: rounding would change
 * what the citizen is asked to pay.
 */
export function kronerTilOre(kroner: number): number | null {
  const ore = Math.round(kroner * 100);
  // kroner * 100 carries binary noise (1234.56 * 100 = 123455.99999999999); a real third
  // decimal is at least 0.1 øre away from a whole number.
  if (!Number.isSafeInteger(ore) || Math.abs(kroner * 100 - ore) > 1e-6) return null;
  return ore;
}
