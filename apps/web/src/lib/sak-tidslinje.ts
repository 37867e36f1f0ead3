/** A milestone as the Sak query returns it. */
export interface MilepelInn {
  navn: string;
  startdato: string;
  sluttdato: string | null;
  beskrivelse: string | null;
}

/** A journalpost as the Sak query returns it (its documents go along unchanged). */
export interface JournalpostInn<TDokument> {
  meldingId: string;
  tittel: string;
  journalposttype: string;
  journaldato: string | null;
  sorteringDato: string;
  beskrivelse: string | null;
  dokumenter: readonly TDokument[];
}

/** One entry of a case's timeline. */
export type Hendelse<TDokument> =
  | { type: "milepel"; tidspunkt: string; milepel: MilepelInn; navaerende: boolean }
  | { type: "journalpost"; tidspunkt: string; journalpost: JournalpostInn<TDokument> };

/**
 * The case's milestones and journalposter as one timeline, oldest first, as a case is read:
 * what happened, then what followed. On the same instant a milestone comes before the
 * journalpost it usually marks (e.g. "Søknad mottatt" before the application itself).
 */
export function sakTidslinje<TDokument>(
  milepeler: readonly MilepelInn[],
  journalposter: readonly JournalpostInn<TDokument>[],
  navaerende: string | null | undefined,
): Hendelse<TDokument>[] {
  const hendelser: Hendelse<TDokument>[] = [
    ...milepeler.map((milepel) => ({
      type: "milepel" as const,
      tidspunkt: milepel.startdato,
      milepel,
      navaerende: milepel.navn === navaerende && !milepel.sluttdato,
    })),
    ...journalposter.map((journalpost) => ({
      type: "journalpost" as const,
      tidspunkt: journalpost.journaldato ?? journalpost.sorteringDato,
      journalpost,
    })),
  ];
  const order = (h: Hendelse<TDokument>) => (h.type === "milepel" ? 0 : 1);
  return hendelser.sort((a, b) => Date.parse(a.tidspunkt) - Date.parse(b.tidspunkt) || order(a) - order(b));
}
