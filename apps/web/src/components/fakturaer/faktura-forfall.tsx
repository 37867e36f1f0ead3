import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import type { FakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatDato } from "../../lib/format.ts";
import { MetaField } from "../meta-field.tsx";

/**
 * The due date in a `dl.app-meta`: the effective one (marked when overdue, named as the plan's
 * while an avdrag plan runs), and the invoice's own when the plan has moved past it, so the
 * citizen sees both what the plan asks and what was invoiced.
 */
export function FakturaForfall({ tilstand, locale, t }: { tilstand: FakturaTilstand; locale: Locale; t: Translate }) {
  const className = tilstand.overdue ? "app-overdue" : undefined;
  const dato = formatDato(tilstand.forfall, locale);
  return (
    <>
      <MetaField
        label={t(tilstand.etterPlan ? "fakturaer.felt.forfallEtterPlan" : "fakturaer.felt.forfall")}
        className={className}
      >
        {dato}
      </MetaField>
      {tilstand.opprinneligForfall && (
        <MetaField label={t("fakturaer.felt.opprinneligForfall")}>
          {formatDato(tilstand.opprinneligForfall, locale)}
        </MetaField>
      )}
    </>
  );
}
