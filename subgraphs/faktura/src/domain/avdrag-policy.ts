/**
 * The avdrag rules a municipality configures beside its betalingsutsettelse rules, as one pure
 * function. The same invoicing system decides both when the policy says it decides.
 */
import { type AvslagKode, INKASSO_STATUSER, type UtsettelsePolicy, type Vurdering } from "./utsettelse-policy.ts";

/** The avdrag part of a municipality's policy (columns of betalingsutsettelse_policy). */
export interface AvdragPolicy extends Pick<UtsettelsePolicy, "ikkeEtterSendtInkasso" | "fagsystemBestemmer"> {
  avdragTillatt: boolean;
  /** The most instalments one invoice may be split into. */
  maksAntallAvdrag: number;
  /** Refuse when an instalment would be less than this many øre. */
  minimumAvdragBelop: number;
}

/** What the avdrag rules look at. */
export interface AvdragGrunnlag {
  status: string;
  utestaendeBelop: number;
  sendtTilEkstern: boolean;
  antallAvdrag: number;
  /** The smallest instalment the split would give. */
  minsteAvdrag: number;
  /** The invoice already has a plan granted or waiting for the invoicing system. */
  harPlan: boolean;
  /** The invoicing system cancelled the invoice's plan: it is not for the citizen to start a new one. */
  planKansellert: boolean;
}

/** Applies the policy; the first rule that refuses gives the reason. No policy or avdrag off: not offered. */
export function vurderAvdrag(policy: AvdragPolicy | null, g: AvdragGrunnlag): Vurdering {
  const avslag = (kode: AvslagKode): Vurdering => ({ utfall: "AVSLATT", kode });
  if (!policy?.avdragTillatt) return avslag("AVDRAG_IKKE_TILBUDT");
  if (g.status === "BETALT" || g.utestaendeBelop === 0) return avslag("ALLEREDE_BETALT");
  if (policy.ikkeEtterSendtInkasso && (INKASSO_STATUSER.has(g.status) || g.sendtTilEkstern)) {
    return avslag("SENDT_TIL_INKASSO");
  }
  if (g.planKansellert) return avslag("AVDRAGSPLAN_KANSELLERT");
  if (g.harPlan) return avslag("HAR_AVDRAGSPLAN");
  if (g.antallAvdrag > policy.maksAntallAvdrag) return avslag("FOR_MANGE_AVDRAG");
  if (g.minsteAvdrag < policy.minimumAvdragBelop) return avslag("AVDRAG_UNDER_MINIMUM");
  return policy.fagsystemBestemmer ? { utfall: "FAGSYSTEM" } : { utfall: "INNVILGET" };
}
