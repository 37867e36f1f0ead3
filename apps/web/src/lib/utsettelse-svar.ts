import type { BeOmBetalingsutsettelseMutation } from "../generated/graphql.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatDato } from "./format.ts";
import type { UtsettelseState } from "./utsettelse.ts";

/** The Faktura service's answer to a betalingsutsettelse request. */
export type UtsettelseSvar = BeOmBetalingsutsettelseMutation["beOmBetalingsutsettelse"];

/**
 * The answer as the form shows it. A refusal shows the reason text the service wrote in the
 * citizen's language and never looks at its code, so a code this app does not know yet
 * (e.g. AVDRAGSPLAN_KANSELLERT) is shown like any other.
 */
export function utsettelseSvar(svar: UtsettelseSvar, sprak: Locale): Extract<UtsettelseState, { type: "svar" }> {
  if (svar.status === "INNVILGET") {
    return {
      type: "svar",
      status: "INNVILGET",
      forfallDato: svar.forfallDato,
      datoTekst: formatDato(svar.forfallDato, sprak),
    };
  }
  if (svar.status === "AVSLATT") return { type: "svar", status: "AVSLATT", begrunnelse: svar.avslag?.tekst ?? "" };
  const datoTekst = formatDato(svar.onsketForfallDato, sprak);
  return { type: "svar", status: "UNDER_BEHANDLING", onsketForfallDato: svar.onsketForfallDato, datoTekst };
}
