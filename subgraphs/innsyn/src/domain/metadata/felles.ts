import { z } from "zod";

/** fiks-innsyn-json-schema's int64: an integer, or a string of digits (so Java longs survive JSON). */
export const int64 = z
  .union([z.int(), z.string().regex(/^-?\d{1,19}$/, "må være et heltall")])
  .transform((value) => Number(value));

/** Epoch milliseconds (int64) as the index models give dates such as sendtDato. */
export const epochMs = int64.refine((ms) => Number.isSafeInteger(ms) && !Number.isNaN(new Date(ms).getTime()), {
  message: "må være millisekunder siden epoch",
});

/** An ISO 8601 date-time with offset, or null (the mappe and journalpost dates). */
export const dateTimeNullable = z.iso.datetime({ offset: true, message: "må være et ISO 8601-tidspunkt" }).nullish();

/**
 * The longest name-like text (tittel, avsender, navn, address lines, ids). The KS index schemas give
 * no limit; SvarUt, where forsendelser come from, allows 1000 characters for a tittel.
 */
export const MAKS_KORT_TEKST = 1000;
/** The longest descriptive text (beskrivelse). SvarUt allows 5000 for its longest free text. */
export const MAKS_LANG_TEKST = 10_000;
/** The longest link (download, reply and service urls). */
export const MAKS_LENKE = 2000;

const hoyst = (maks: number) => `kan ha høyst ${maks} tegn`;
/** A name-like text of at most MAKS_KORT_TEKST characters. */
export const kortTekst = z.string().max(MAKS_KORT_TEKST, hoyst(MAKS_KORT_TEKST));
/** A descriptive text of at most MAKS_LANG_TEKST characters. */
export const langTekst = z.string().max(MAKS_LANG_TEKST, hoyst(MAKS_LANG_TEKST));
/** A link of at most MAKS_LENKE characters. */
export const lenkeTekst = z.string().max(MAKS_LENKE, hoyst(MAKS_LENKE));

/** "string.not.blank": a name-like string with at least one non-space character. */
export const notBlank = kortTekst.trim().min(1, "kan ikke være tom");

/** korrelasjon.id.json. */
export const korrelasjonId = kortTekst
  .regex(/^[A-Za-z0-9-]+$/, "korrelasjonId kan bare inneholde bokstaver A–Z, tall og bindestrek")
  .nullish();

/** forelder.json: the melding this one belongs under, e.g. a journalpost's mappe. */
export const forelder = z
  .strictObject({
    meldingId: z.uuid("meldingId må være en UUID"),
    type: z.enum(["faktura", "mappe", "journalpost", "innsendtskjema", "skjemakladd"]),
  })
  .nullish();

/** Every versjon may link to a korrelasjonId or a forelder, but not to both. */
export const kobling = { korrelasjonId, forelder };
export const ikkeBegge = {
  check: (m: { korrelasjonId?: string | null | undefined; forelder?: unknown }) => !(m.korrelasjonId && m.forelder),
  message: "bare én av korrelasjonId og forelder kan være satt",
};

/** mappeadresse.v1. */
export const mappeadresse = z
  .strictObject({
    adresselinje1: kortTekst.nullish(),
    adresselinje2: kortTekst.nullish(),
    adresselinje3: kortTekst.nullish(),
    poststed: kortTekst.nullish(),
    postnummer: kortTekst.nullish(),
    land: kortTekst.nullish(),
  })
  .nullish();

/** part.v1: a party of a mappe (owner, applicant, neighbour, …). */
export const part = z.strictObject({
  type: z.enum(["ORGANISASJON", "PERSON"]),
  rolle: notBlank,
  id: kortTekst.nullish(),
  navn: notBlank,
  adresse: mappeadresse,
  epost: kortTekst.nullish(),
  telefonnummer: kortTekst.nullish(),
  kontaktperson: kortTekst.nullish(),
});

/** milepel.v1. */
export const milepel = z.strictObject({
  navn: notBlank,
  startdato: z.iso.datetime({ offset: true, message: "må være et ISO 8601-tidspunkt" }),
  sluttdato: dateTimeNullable,
  beskrivelse: langTekst.nullish(),
});

const tekst = kortTekst.nullish();
/** lenke.v1: a url with either a predefined kind or own texts. */
export const lenke = z
  .strictObject({
    url: lenkeTekst.trim().min(1, "kan ikke være tom"),
    predefinert: z.strictObject({ type: z.enum(["SVAR", "KLAGE"]) }).nullish(),
    egendefinert: z
      .strictObject({
        utseende: z.enum(["KNAPP", "LENKE"]).nullish(),
        bokmal: tekst,
        nynorsk: tekst,
        engelsk: tekst,
        nordsamisk: tekst,
      })
      .refine((e) => Boolean(e.bokmal || e.nynorsk || e.engelsk || e.nordsamisk), "minst én tekst må være satt")
      .nullish(),
  })
  .refine((l) => Boolean(l.predefinert) !== Boolean(l.egendefinert), "nøyaktig én av predefinert og egendefinert");

/** dokument.v1: a document of a journalpost. */
export const mappedokument = z.strictObject({
  filnavn: notBlank,
  storrelse: int64.nullish(),
  mimeType: notBlank,
  tittel: notBlank,
  lenke: lenkeTekst.nullish(),
  svarUtFilnummer: z.int().nullish(),
});
