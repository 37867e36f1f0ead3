/** Either the checked input or the first offending field, e.g. "faktura.vedlegg[2].url". */
export type Valideringsresultat<T> = { ok: true; verdi: T } | { ok: false; felt: string; melding: string };

/** Formats a zod issue path as a GraphQL argument path under `rot`. */
export function feltnavn(rot: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (felt, del) => (typeof del === "number" ? `${felt}[${del}]` : `${felt}.${String(del)}`),
    rot,
  );
}
