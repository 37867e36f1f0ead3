import type { Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/t.ts";
import type { FakturaTilstand } from "./faktura-tilstand.ts";
import { formatDato, formatKroner } from "./format.ts";

/** "Forfall: 20. mai 2026", or "Forfall etter avdragsplan: 20. desember 2026" when a plan moved it. */
export function forfallTekst(tilstand: FakturaTilstand, locale: Locale, t: Translate): string {
  const dato = formatDato(tilstand.forfall, locale);
  return tilstand.etterPlan ? t("fakturaer.forfallEtterPlan", { dato }) : t("fakturaer.forfall", { dato });
}

/** The totals' sum owed; "mer enn …" when the service reports its cap instead of the exact sum. */
export function sumUtestaendeTekst(
  oversikt: { sumUtestaende: number; sumUtestaendeAvgrenset: boolean },
  locale: Locale,
  t: Translate,
): string {
  const sum = formatKroner(oversikt.sumUtestaende, locale);
  return oversikt.sumUtestaendeAvgrenset ? t("fakturaer.merEnn", { sum }) : sum;
}
