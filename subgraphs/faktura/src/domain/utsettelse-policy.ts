/**
 * The betalingsutsettelse rules a municipality configures, as one pure function, so the answer
 * while the citizen waits needs no round trip beyond reading the policy and the invoice.
 */

/** One municipality's policy (a row of betalingsutsettelse_policy). */
export interface UtsettelsePolicy {
  /** The longest postponement in days from the current due date. */
  maksDager: number;
  /** How many postponements one invoice may be granted. */
  maksAntallPerFaktura: number;
  /** Refuse once the invoice is SENDT_INKASSO or INKASSO (or handed to an external party). */
  ikkeEtterSendtInkasso: boolean;
  /** Refuse when less than this many øre is owed. */
  minimumBelop: number;
  /** The invoicing system decides the requests that pass the rules above. */
  fagsystemBestemmer: boolean;
}

/** Why a request is refused. */
export type AvslagKode =
  | "IKKE_TILBUDT"
  | "ALLEREDE_BETALT"
  | "SENDT_TIL_INKASSO"
  | "BELOP_UNDER_MINIMUM"
  | "FOR_MANGE_UTSETTELSER"
  | "FOR_LANG_UTSETTELSE"
  | "AVSLATT_AV_FAGSYSTEM"
  | "AVDRAG_IKKE_TILBUDT"
  | "HAR_AVDRAGSPLAN"
  | "FOR_MANGE_AVDRAG"
  | "AVDRAG_UNDER_MINIMUM"
  | "AVDRAG_AVSLATT_AV_FAGSYSTEM"
  | "AVDRAGSPLAN_KANSELLERT";

/** What the rules look at. */
export interface UtsettelseGrunnlag {
  status: string;
  utestaendeBelop: number;
  sendtTilEkstern: boolean;
  forfallDato: string;
  onsketForfallDato: string;
  /** Postponements this invoice has been granted or is still waiting for an answer on. */
  antallTidligere: number;
  /** The invoice is being paid in instalments: their due dates stay as agreed. */
  harAvdragsplan?: boolean;
}

/** The rules' answer: decided now, or passed on to the invoicing system. */
export type Vurdering = { utfall: "INNVILGET" } | { utfall: "AVSLATT"; kode: AvslagKode } | { utfall: "FAGSYSTEM" };

/** Statuses after which a policy with ikkeEtterSendtInkasso refuses. */
export const INKASSO_STATUSER = new Set(["SENDT_INKASSO", "INKASSO"]);

/** Whole days from one calendar date to another. */
export function dagerMellom(fra: string, til: string): number {
  return Math.round((Date.parse(`${til}T00:00:00Z`) - Date.parse(`${fra}T00:00:00Z`)) / 86_400_000);
}

/** Applies the policy; the first rule that refuses gives the reason. No policy: not offered. */
export function vurderUtsettelse(policy: UtsettelsePolicy | null, g: UtsettelseGrunnlag): Vurdering {
  const avslag = (kode: AvslagKode): Vurdering => ({ utfall: "AVSLATT", kode });
  if (!policy) return avslag("IKKE_TILBUDT");
  if (g.status === "BETALT" || g.utestaendeBelop === 0) return avslag("ALLEREDE_BETALT");
  if (policy.ikkeEtterSendtInkasso && (INKASSO_STATUSER.has(g.status) || g.sendtTilEkstern)) {
    return avslag("SENDT_TIL_INKASSO");
  }
  if (g.harAvdragsplan) return avslag("HAR_AVDRAGSPLAN");
  if (g.utestaendeBelop < policy.minimumBelop) return avslag("BELOP_UNDER_MINIMUM");
  if (g.antallTidligere >= policy.maksAntallPerFaktura) return avslag("FOR_MANGE_UTSETTELSER");
  if (dagerMellom(g.forfallDato, g.onsketForfallDato) > policy.maksDager) return avslag("FOR_LANG_UTSETTELSE");
  return policy.fagsystemBestemmer ? { utfall: "FAGSYSTEM" } : { utfall: "INNVILGET" };
}
