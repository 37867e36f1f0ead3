/** The languages an oppgave may be written in (its sprak). */
export type Sprak = "nb" | "nn" | "en" | "se";

/** Why a person got no reminder; stored on the purring row so the reason can be shown later. */
export type IkkeVarsletArsak =
  /** KRR: the person has reserved against digital contact from the public sector. */
  | "RESERVERT"
  /** KRR: no e-mail address registered. */
  | "MANGLER_EPOST"
  /** KRR: the person is SLETTET or IKKE_REGISTRERT. */
  | "IKKE_AKTIV_I_KRR"
  /** The receiving mail server refused the address for good (a 5xx reply). */
  | "AVVIST"
  /** The citizen turned reminder e-mails off in Min kommune (varslingsvalg.epostPurring). */
  | "AVSLATT_AV_INNBYGGER";

/** How a person can be reached, or why not. */
export type Adressat = { kanVarsles: true; adresse: string } | { kanVarsles: false; arsak: IkkeVarsletArsak };

/** A person who can be reached. */
export type NaabarAdressat = Extract<Adressat, { kanVarsles: true }>;

/** What a reminder says; the text is chosen by the oppgave's sprak (nb when unset). */
export interface Purringsmelding {
  /** Unique per (oppgave, person, round); the message id comes from it, so a resend is recognisable. */
  purringId: string;
  oppgave: {
    tittel: string;
    handling: string;
    url: string;
    /** Calendar date (YYYY-MM-DD) or null. */
    frist: string | null;
    sprak: Sprak | null;
  };
}

/** The outcome of one send: delivered to the mail server, or refused for good. */
export type Leveranse = { levert: true } | { levert: false; arsak: "AVVIST" };

/**
 * Port: delivering reminders to persons. The first adapter looks addresses up in KRR and sends
 * e-mail over SMTP; an SMS adapter would implement the same two steps.
 */
export interface Varsler {
  /** How each person can be reached, for a whole batch in as few lookups as the register allows. */
  finnAdressater(personIds: readonly string[]): Promise<Map<string, Adressat>>;
  /** Sends one reminder. Throws IkkeLevertError when it certainly did not go out, anything else when unknown. */
  send(adressat: NaabarAdressat, melding: Purringsmelding): Promise<Leveranse>;
  /** Closes connections. */
  close(): Promise<void>;
}

/**
 * Thrown by send when the message certainly did not reach the server (refused connection, a 4xx
 * reply), so sending it again cannot make a duplicate. Any other error leaves it unknown.
 */
export class IkkeLevertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IkkeLevertError";
  }
}
