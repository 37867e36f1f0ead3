import type { KrrPerson } from "./krr-person.ts";

/** The citizen's KRR record as Innbygger.kontaktinformasjon shows it. */
export interface Kontaktinformasjon {
  epostadresse: string | null;
  mobiltelefonnummer: string | null;
  reservert: boolean;
  status: KrrPerson["status"];
}

/**
 * What KRR says about one person. A person KRR did not return is IKKE_REGISTRERT; a missing
 * reservasjon counts as reserved, as it does for reminders (krr/adressat.ts).
 */
export function kontaktinformasjonFraKrr(person: KrrPerson | undefined): Kontaktinformasjon {
  if (!person) return { epostadresse: null, mobiltelefonnummer: null, reservert: false, status: "IKKE_REGISTRERT" };
  return {
    epostadresse: person.kontaktinformasjon?.epostadresse?.trim() || null,
    mobiltelefonnummer: person.kontaktinformasjon?.mobiltelefonnummer?.trim() || null,
    reservert: person.reservasjon !== "NEI",
    status: person.status,
  };
}
