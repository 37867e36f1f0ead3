const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
/** The document store's citizen download paths: ours, and Fiks Dokumentlager's (with its level-4 variant). */
const NEDLASTING = new RegExp(`/(?:dokumenter|dokumentlager/nedlasting(?:/niva4)?)/(${UUID})/?$`);

/** The document id in a download link (absolute or relative), or null when it is not a document store link. */
export function dokumentIdFraLenke(lenke: string): string | null {
  const path = lenke.split(/[?#]/, 1)[0] ?? "";
  return NEDLASTING.exec(path)?.[1]?.toLowerCase() ?? null;
}

const tekst = (value: unknown) => (typeof value === "string" ? [value] : []);
const liste = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null) : [];

/**
 * The document store ids a melding's metadata links to: forsendelse `dokumenter[].nedlastingLenke`,
 * journalpost `dokumenter[].lenke`, innsendt skjema `skjemafil`/`vedlegg[].nedlastingslenke`.
 * Only these fields count, so a link among a letter's ordinary `lenker` grants no download.
 */
export function dokumentIderI(metadata: Record<string, unknown>): string[] {
  const skjemafil = metadata.skjemafil;
  const filer = [
    ...liste(metadata.dokumenter),
    ...(typeof skjemafil === "object" && skjemafil !== null ? [skjemafil as Record<string, unknown>] : []),
    ...liste(metadata.vedlegg),
  ];
  const lenker = filer.flatMap((f) => [...tekst(f.nedlastingLenke), ...tekst(f.lenke), ...tekst(f.nedlastingslenke)]);
  const ider = lenker.map(dokumentIdFraLenke).filter((id): id is string => id !== null);
  return [...new Set(ider)];
}
