import type { AvdragsplanStatus, FakturaStatus } from "../generated/graphql.ts";

/** What the Faktura service says about an invoice's due date, beside its amounts and status. */
export interface FakturaForfallFelter {
  utestaendeBelop: number;
  status: FakturaStatus;
  /** The invoice's own due date. */
  forfallDato: string;
  /** The date that decides overdue: under a running avdrag plan, the first instalment not paid in full. */
  effektivForfallDato: string;
  /** The service's verdict: something is owed and effektivForfallDato has passed (in Oslo). */
  forfalt: boolean;
  /** The invoice's avdrag plan, if it has one; AKTIV while the plan sets the due date. */
  avdragsplanStatus?: AvdragsplanStatus | null;
}

/** How an invoice stands for the citizen. */
export interface FakturaTilstand {
  /** Something is still to be paid. */
  owed: boolean;
  /** Owed and past the effective due date, as the Faktura service judges it. */
  overdue: boolean;
  /** The due date to show: the effective one. */
  forfall: string;
  /** An active avdrag plan sets that date, also while it is still the invoice's own (instalment 1). */
  etterPlan: boolean;
  /** The invoice's own due date when an avdrag plan moved the effective one; null otherwise. */
  opprinneligForfall: string | null;
}

/**
 * Whether an invoice is still owed and overdue, and which due date to show. The service decides
 * overdue (an avdrag plan moves the due date instalment by instalment); the web app never works it
 * out from forfallDato. A paid invoice is neither owed nor overdue, whatever its amounts say.
 */
export function fakturaTilstand(faktura: FakturaForfallFelter): FakturaTilstand {
  const owed = faktura.utestaendeBelop > 0 && faktura.status !== "BETALT";
  const flyttet = faktura.effektivForfallDato !== faktura.forfallDato;
  return {
    owed,
    overdue: owed && faktura.forfalt,
    forfall: faktura.effektivForfallDato,
    etterPlan: faktura.avdragsplanStatus === "AKTIV" || flyttet,
    opprinneligForfall: flyttet ? faktura.forfallDato : null,
  };
}
