import type { FakturaStatus } from "../generated/graphql.ts";
import { isOverdue } from "./oppgave-view.ts";

/** How an invoice stands for the citizen. */
export interface FakturaTilstand {
  /** Something is still to be paid. */
  owed: boolean;
  /** Owed, and the due date (a calendar date) was before today. */
  overdue: boolean;
}

/** Whether an invoice is still owed and overdue; a paid invoice is neither, whatever its amounts say. */
export function fakturaTilstand(
  faktura: { utestaendeBelop: number; status: FakturaStatus; forfallDato: string },
  today: string,
): FakturaTilstand {
  const owed = faktura.utestaendeBelop > 0 && faktura.status !== "BETALT";
  return { owed, overdue: owed && isOverdue(faktura.forfallDato, today) };
}
