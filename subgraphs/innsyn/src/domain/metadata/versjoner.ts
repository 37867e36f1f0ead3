import type { z } from "zod";
import { type ForsendelseV2, forsendelseV2 } from "./forsendelse-v2.ts";
import { type JournalpostV1, journalpostV1 } from "./journalpost-v1.ts";
import { type MappeV1, mappeV1 } from "./mappe-v1.ts";
import { type InnsendtSkjemaV1, innsendtSkjemaV1, type SkjemakladdV1, skjemakladdV1 } from "./skjema-v1.ts";

/** The Fiks meldingType a versjon belongs to (the delete API's and search's type names). */
export type MeldingType = "forsendelse" | "mappe" | "journalpost" | "innsendtskjema" | "skjemakladd";

/** What lists, filters and search read from a melding without opening its metadata. */
export interface Sammendrag {
  tittel: string;
  avsender: string | null;
  /** The sort date (Fiks sorteringDato); `null` means the time of indexing. */
  sorteringDato: Date | null;
  svarLenke: string | null;
  korrelasjonId: string | null;
  forelder: { meldingId: string; type: string } | null;
  sokTekst: string;
}

interface Versjon<T> {
  meldingType: MeldingType;
  schema: z.ZodType<T>;
  sammendrag(metadata: T): Sammendrag;
}

const words = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");
const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
const kobling = (m: { korrelasjonId?: string | null; forelder?: { meldingId: string; type: string } | null }) => ({
  korrelasjonId: m.korrelasjonId ?? null,
  forelder: m.forelder ?? null,
});

const forsendelse: Versjon<ForsendelseV2> = {
  meldingType: "forsendelse",
  schema: forsendelseV2,
  sammendrag: (m) => ({
    tittel: m.tittel,
    avsender: m.avsender,
    sorteringDato: new Date(m.sendtDato),
    svarLenke: m.svarLenke ?? null,
    ...kobling(m),
    sokTekst: words(m.avsender, ...m.dokumenter.map((d) => d.tittel)),
  }),
};

const mappe: Versjon<MappeV1> = {
  meldingType: "mappe",
  schema: mappeV1,
  sammendrag: (m) => {
    const parter = [m.minPart, ...(m.andreParter ?? [])].filter((p) => p != null);
    const adresser = (m.eiendommer ?? []).map((e) => e?.adresse?.adresselinje1);
    return {
      tittel: m.tittel,
      avsender: m.saksansvarlig ?? null,
      sorteringDato: date(m.sistOppdatert) ?? date(m.saksdato),
      svarLenke: null,
      korrelasjonId: null,
      forelder: null,
      sokTekst: words(m.beskrivelse, m.saksansvarlig, m.mappeId, ...parter.map((p) => p.navn), ...adresser),
    };
  },
};

const journalpost: Versjon<JournalpostV1> = {
  meldingType: "journalpost",
  schema: journalpostV1,
  sammendrag: (m) => ({
    tittel: m.tittel,
    avsender: m.korrespondanseparter?.[0]?.navn ?? null,
    sorteringDato: date(m.journaldato),
    svarLenke: null,
    ...kobling(m),
    sokTekst: words(
      m.beskrivelse,
      ...(m.korrespondanseparter ?? []).map((p) => p.navn),
      ...(m.dokumenter ?? []).map((d) => d.tittel),
    ),
  }),
};

const innsendtSkjema: Versjon<InnsendtSkjemaV1> = {
  meldingType: "innsendtskjema",
  schema: innsendtSkjemaV1,
  sammendrag: (m) => ({
    tittel: m.tittel,
    avsender: m.avsender,
    sorteringDato: new Date(m.innsendtdato),
    svarLenke: null,
    ...kobling(m),
    sokTekst: words(m.avsender, m.mottaker, m.skjemafil.filnavn, ...(m.vedlegg ?? []).map((v) => v.filnavn)),
  }),
};

const skjemakladd: Versjon<SkjemakladdV1> = {
  meldingType: "skjemakladd",
  schema: skjemakladdV1,
  sammendrag: (m) => ({
    tittel: m.tittel,
    avsender: m.avsender ?? null,
    sorteringDato: new Date(m.endretDato),
    svarLenke: null,
    ...kobling(m),
    sokTekst: words(m.avsender, m.mottaker),
  }),
};

/**
 * The metadata versjoner Innsyn accepts, spelled as the index API and fiks-innsyn-json-schema
 * spell them. Forsendelser keep the SvarUt model's name `forsendelseV2`: the v2 versjon table has
 * no forsendelse entry. FAKTURA_V1 belongs to the Faktura service.
 */
export const VERSJONER = {
  forsendelseV2: forsendelse,
  MAPPE_V1: mappe,
  JOURNALPOST_V1: journalpost,
  INNSENDT_SKJEMA_V1: innsendtSkjema,
  SKJEMAKLADD_V1: skjemakladd,
} as const;

export type VersjonNavn = keyof typeof VERSJONER;

export function isVersjon(value: string): value is VersjonNavn {
  return Object.hasOwn(VERSJONER, value);
}
