/**
 * An invoice's avdrag plan as it stands: which instalments payments have covered, which is due
 * next, and so which date decides whether the invoice is overdue. Derived from the invoice row
 * on every read, never stored, so it cannot disagree with the amounts. The same rules run in SQL
 * for the overview (src/db/avdragsplan-sql.ts); tests compare the two.
 */
import type { Avdrag } from "./avdrag.ts";
import { erUbetalt, type FakturaBelop } from "./belop.ts";

/** How far payments have come on one instalment. */
export type AvdragStatus = "IKKE_BETALT" | "DELVIS_BETALT" | "BETALT";

/** One instalment with what payments cover of it. */
export interface AvdragMedInnbetaling extends Avdrag {
  innbetaltBelop: number;
  status: AvdragStatus;
}

/** AKTIV while something is owed, FULLFORT once the invoice is paid, KANSELLERT when the invoicing system stopped it. */
export type AvdragsplanStatus = "AKTIV" | "FULLFORT" | "KANSELLERT";

/** The columns of an invoice the plan is read from. */
export interface PlanFaktura extends FakturaBelop {
  status: string;
  forfallDato: string;
  avdragsplan: Avdrag[] | null;
  avdragInnbetaltFor: number | null;
  avdragKansellert: Date | null;
}

/** What was paid after the plan was asked for: this, and only this, pays the instalments. */
export function innbetaltMotPlan(f: Pick<PlanFaktura, "innbetaltBelop" | "avdragInnbetaltFor">): number {
  return Math.max(0, f.innbetaltBelop - (f.avdragInnbetaltFor ?? 0));
}

/** Applies `innbetalt` øre to the instalments in order: each is filled before the next gets anything. */
export function fordelInnbetalt(avdrag: readonly Avdrag[], innbetalt: number): AvdragMedInnbetaling[] {
  let igjen = innbetalt;
  return avdrag.map((a) => {
    const betalt = Math.min(a.belop, Math.max(0, igjen));
    igjen -= betalt;
    const status: AvdragStatus = betalt >= a.belop ? "BETALT" : betalt > 0 ? "DELVIS_BETALT" : "IKKE_BETALT";
    return { forfallDato: a.forfallDato, belop: a.belop, innbetaltBelop: betalt, status };
  });
}

/** The invoice's instalments with what payments cover of each; null when it has no plan. */
export function avdragMedInnbetaling(f: PlanFaktura): AvdragMedInnbetaling[] | null {
  return f.avdragsplan ? fordelInnbetalt(f.avdragsplan, innbetaltMotPlan(f)) : null;
}

/** Where the plan stands; null when the invoice never had one granted. */
export function avdragsplanStatus(f: PlanFaktura): AvdragsplanStatus | null {
  if (f.avdragKansellert) return "KANSELLERT";
  if (!f.avdragsplan) return null;
  return erUbetalt(f) ? "AKTIV" : "FULLFORT";
}

/**
 * The date that decides whether the invoice is overdue. Under a plan: the first instalment not
 * paid in full, or the last one's date when payments cover them all but something is still owed
 * (a fee added later). Without one (or once cancelled): the invoice's own forfallDato.
 */
export function effektivForfallDato(f: PlanFaktura): string {
  const avdrag = avdragMedInnbetaling(f) ?? [];
  return (avdrag.find((a) => a.status !== "BETALT") ?? avdrag.at(-1))?.forfallDato ?? f.forfallDato;
}

/** Unpaid and past its effective due date; `iDag` is today's date in Oslo. */
export function erForfalt(f: PlanFaktura, iDag: string): boolean {
  return erUbetalt(f) && effektivForfallDato(f) < iDag;
}
