import type { Adressat } from "../port.ts";
import type { KrrPerson } from "./krr-person.ts";

/**
 * Whether a person may get a reminder by e-mail, under the rules KRR exists for: never when
 * reserved against digital contact, never without an active record or an address.
 * A missing reservasjon counts as reserved, so an incomplete answer never leads to a mail.
 */
export function adressatFraKrr(person: KrrPerson | undefined): Adressat {
  if (person?.status !== "AKTIV") return { kanVarsles: false, arsak: "IKKE_AKTIV_I_KRR" };
  if (person.reservasjon !== "NEI") return { kanVarsles: false, arsak: "RESERVERT" };
  const adresse = person.kontaktinformasjon?.epostadresse?.trim();
  if (!adresse) return { kanVarsles: false, arsak: "MANGLER_EPOST" };
  return { kanVarsles: true, adresse };
}
