import type { SmtpAvsender } from "./epost/smtp-avsender.ts";
import { adressatFraKrr } from "./krr/adressat.ts";
import type { Kontaktregister } from "./krr/krr-person.ts";
import type { Adressat, Varsler } from "./port.ts";

/** The e-mail adapter of the Varsler port: addresses from KRR, delivery over SMTP. */
export function epostVarsler(krr: Kontaktregister, smtp: SmtpAvsender): Varsler {
  return {
    async finnAdressater(personIds) {
      const personer = new Map((await krr.hentPersoner(personIds)).map((p) => [p.personidentifikator, p]));
      return new Map<string, Adressat>(personIds.map((id) => [id, adressatFraKrr(personer.get(id))]));
    },
    send: (adressat, melding) => smtp.send(adressat, melding),
    close: () => smtp.close(),
  };
}
