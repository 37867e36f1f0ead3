/** The nested fakturaV1 objects, as stored (jsonb) and returned. */

/** A link with a title: vedlegg, lenker, eksternLenke (FakturaLenkeV1, FakturaVedleggV1). */
export interface Lenke {
  tittel: string;
  url: string;
}

/** A replaced invoice's PDF (HistoriskFakturaV1). */
export interface HistoriskFaktura {
  tittel: string;
  url: string;
  fakturaDato: string | null;
}

/** AdresseV1. */
export interface Adresse {
  navn: string | null;
  adresselinje1: string | null;
  adresselinje2: string | null;
  adresselinje3: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
}

/** FakturaKontaktInformasjonV1; `navn` is deprecated in favour of adresse.navn but still accepted. */
export interface Kontaktinformasjon {
  navn: string | null;
  telefonnummer: string | null;
  epost: string | null;
  fritekst: string | null;
  adresse: Adresse | null;
}
