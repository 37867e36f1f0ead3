import type { BeOmAvdragMutation } from "../generated/graphql.ts";
import type { AvdragState } from "./avdrag.ts";

/** The Faktura service's answer to an avdrag request. */
export type AvdragSvar = BeOmAvdragMutation["beOmAvdrag"];

/**
 * The answer as the form shows it. A refusal shows the reason text the service wrote in the
 * citizen's language and never looks at its code, as for a betalingsutsettelse.
 */
export function avdragSvar(svar: AvdragSvar): Extract<AvdragState, { type: "svar" }> {
  if (svar.status === "AVSLATT") return { type: "svar", status: "AVSLATT", begrunnelse: svar.avslag?.tekst ?? "" };
  return { type: "svar", status: svar.status, antall: svar.avdrag.length };
}
