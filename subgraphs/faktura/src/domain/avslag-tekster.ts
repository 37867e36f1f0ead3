import type { AvslagKode } from "./utsettelse-policy.ts";

/** Languages the reason is written in; Northern Sami falls back to bokmål until texts exist. */
export type Sprak = "nb" | "nn" | "en" | "se";

const TEKSTER: Record<AvslagKode, Record<"nb" | "nn" | "en", string>> = {
  IKKE_TILBUDT: {
    nb: "Kommunen tilbyr ikke betalingsutsettelse på denne fakturaen.",
    nn: "Kommunen tilbyr ikkje betalingsutsetjing på denne fakturaen.",
    en: "The municipality does not offer payment deferral on this invoice.",
  },
  ALLEREDE_BETALT: {
    nb: "Fakturaen er allerede betalt.",
    nn: "Fakturaen er allereie betalt.",
    en: "The invoice has already been paid.",
  },
  SENDT_TIL_INKASSO: {
    nb: "Fakturaen er sendt til inkasso. Ta kontakt med inkassoselskapet.",
    nn: "Fakturaen er send til inkasso. Ta kontakt med inkassoselskapet.",
    en: "The invoice has been sent to debt collection. Please contact the collection agency.",
  },
  BELOP_UNDER_MINIMUM: {
    nb: "Beløpet er for lavt til at fakturaen kan få betalingsutsettelse.",
    nn: "Beløpet er for lågt til at fakturaen kan få betalingsutsetjing.",
    en: "The amount is too low for a payment deferral.",
  },
  FOR_MANGE_UTSETTELSER: {
    nb: "Fakturaen har allerede fått så mange utsettelser som kommunen tillater.",
    nn: "Fakturaen har allereie fått så mange utsetjingar som kommunen tillèt.",
    en: "The invoice has already been deferred as many times as the municipality allows.",
  },
  FOR_LANG_UTSETTELSE: {
    nb: "Den nye forfallsdatoen er lenger fram enn kommunen tillater.",
    nn: "Den nye forfallsdatoen er lenger fram enn kommunen tillèt.",
    en: "The new due date is further ahead than the municipality allows.",
  },
  AVSLATT_AV_FAGSYSTEM: {
    nb: "Kommunen har avslått søknaden om betalingsutsettelse.",
    nn: "Kommunen har avslått søknaden om betalingsutsetjing.",
    en: "The municipality has refused the request for payment deferral.",
  },
  AVDRAG_IKKE_TILBUDT: {
    nb: "Kommunen tilbyr ikke nedbetaling i avdrag på denne fakturaen.",
    nn: "Kommunen tilbyr ikkje nedbetaling i avdrag på denne fakturaen.",
    en: "The municipality does not offer payment in instalments on this invoice.",
  },
  HAR_AVDRAGSPLAN: {
    nb: "Fakturaen har allerede en avdragsplan.",
    nn: "Fakturaen har allereie ein avdragsplan.",
    en: "The invoice already has an instalment plan.",
  },
  FOR_MANGE_AVDRAG: {
    nb: "Kommunen tillater ikke så mange avdrag på denne fakturaen.",
    nn: "Kommunen tillèt ikkje så mange avdrag på denne fakturaen.",
    en: "The municipality does not allow that many instalments on this invoice.",
  },
  AVDRAG_UNDER_MINIMUM: {
    nb: "Hvert avdrag ville blitt lavere enn kommunen tillater. Velg færre avdrag.",
    nn: "Kvart avdrag ville vorte lågare enn kommunen tillèt. Vel færre avdrag.",
    en: "Each instalment would be less than the municipality allows. Choose fewer instalments.",
  },
  AVDRAG_AVSLATT_AV_FAGSYSTEM: {
    nb: "Kommunen har avslått søknaden om nedbetaling i avdrag.",
    nn: "Kommunen har avslått søknaden om nedbetaling i avdrag.",
    en: "The municipality has refused the request to pay in instalments.",
  },
  AVDRAGSPLAN_KANSELLERT: {
    nb: "Kommunen har stoppet avdragsplanen på denne fakturaen. Ta kontakt med kommunen.",
    nn: "Kommunen har stoppa avdragsplanen på denne fakturaen. Ta kontakt med kommunen.",
    en: "The municipality has cancelled the instalment plan on this invoice. Please contact the municipality.",
  },
};

/** The reason for a refusal, in the citizen's language. */
export function avslagTekst(kode: AvslagKode, sprak: Sprak): string {
  return TEKSTER[kode][sprak === "se" ? "nb" : sprak];
}
