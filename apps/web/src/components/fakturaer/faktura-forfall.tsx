import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import type { FakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatDato } from "../../lib/format.ts";
import { MetaField } from "../meta-field.tsx";

/**
 * The due date in a `dl.app-meta`: the effective one (marked when overdue), and under an avdrag
 * plan also the invoice's own, so the citizen sees both what the plan asks and what was invoiced.
 */
export function FakturaForfall({ tilstand, locale, t }: { tilstand: FakturaTilstand; locale: Locale; t: Translate }) {
  const className = tilstand.overdue ? "app-overdue" : undefined;
  const dato = formatDato(tilstand.forfall, locale);
  if (!tilstand.opprinneligForfall) {
    return (
      <MetaField label={t("fakturaer.felt.forfall")} className={className}>
        {dato}
      </MetaField>
    );
  }
  return (
    <>
      <MetaField label={t("fakturaer.felt.forfallEtterPlan")} className={className}>
        {dato}
      </MetaField>
      <MetaField label={t("fakturaer.felt.opprinneligForfall")}>
        {formatDato(tilstand.opprinneligForfall, locale)}
      </MetaField>
    </>
  );
}
