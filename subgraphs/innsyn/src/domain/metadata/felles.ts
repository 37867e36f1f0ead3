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

/** "string.not.blank": a string with at least one non-space character. */
export const notBlank = z.string().trim().min(1, "kan ikke være tom");

/** korrelasjon.id.json. */
export const korrelasjonId = z
  .string()
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
    adresselinje1: z.string().nullish(),
    adresselinje2: z.string().nullish(),
    adresselinje3: z.string().nullish(),
    poststed: z.string().nullish(),
    postnummer: z.string().nullish(),
    land: z.string().nullish(),
  })
  .nullish();

/** part.v1: a party of a mappe (owner, applicant, neighbour, …). */
export const part = z.strictObject({
  type: z.enum(["ORGANISASJON", "PERSON"]),
  rolle: notBlank,
  id: z.string().nullish(),
  navn: notBlank,
  adresse: mappeadresse,
  epost: z.string().nullish(),
  telefonnummer: z.string().nullish(),
  kontaktperson: z.string().nullish(),
});

/** milepel.v1. */
export const milepel = z.strictObject({
  navn: notBlank,
  startdato: z.iso.datetime({ offset: true, message: "må være et ISO 8601-tidspunkt" }),
  sluttdato: dateTimeNullable,
  beskrivelse: z.string().nullish(),
});

const tekst = z.string().nullish();
/** lenke.v1: a url with either a predefined kind or own texts. */
export const lenke = z
  .strictObject({
    url: notBlank,
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
  lenke: z.string().nullish(),
  svarUtFilnummer: z.int().nullish(),
});
