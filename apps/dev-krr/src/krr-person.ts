/** One person in a KRR oppslag response, spelt as the KRR REST API (rest/v1/personer) spells it. */
export interface KrrPerson {
  personidentifikator: string;
  /** JA when the person has reserved against digital contact from the public sector. */
  reservasjon: "JA" | "NEI";
  status: "AKTIV" | "SLETTET" | "IKKE_REGISTRERT";
  kontaktinformasjon?: {
    epostadresse?: string;
    mobiltelefonnummer?: string;
  };
  /** Preferred language for contact with the public sector, e.g. "nb". */
  spraak?: string;
}

/** What KRR answers for a person it does not know. */
export function ikkeRegistrert(personidentifikator: string): KrrPerson {
  return { personidentifikator, reservasjon: "NEI", status: "IKKE_REGISTRERT" };
}
