import { DEMO_PERSONER, type DemoPerson } from "@minkommune/demo-data";
import type { KrrPerson } from "./krr-person.ts";

/** The KRR record of a demo person: their e-mail when registered, and their reservation. */
export function krrPersonFor(person: DemoPerson): KrrPerson {
  return {
    personidentifikator: person.pid,
    reservasjon: person.reservert ? "JA" : "NEI",
    status: "AKTIV",
    kontaktinformasjon: person.epostadresse ? { epostadresse: person.epostadresse } : {},
    spraak: "nb",
  };
}

/** Every demo person's KRR record, the default register of dev-krr. */
export function demoRegister(): KrrPerson[] {
  return DEMO_PERSONER.map(krrPersonFor);
}
