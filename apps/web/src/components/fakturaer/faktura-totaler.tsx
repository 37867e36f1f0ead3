import type { FakturaerQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { sumUtestaendeTekst } from "../../lib/faktura-forfall.ts";

/** The totals over the citizen's invoices. */
export type FakturaOversikt = NonNullable<FakturaerQuery["meg"]>["fakturaOversikt"];

/** The Fakturaer page's totals: the sum owed, and how many invoices are unpaid and overdue. */
export function FakturaTotaler({ oversikt, locale, t }: { oversikt: FakturaOversikt; locale: Locale; t: Translate }) {
  return (
    <dl className="app-totals" data-testid="faktura-totaler">
      <div>
        <dt>{t("fakturaer.total.sum")}</dt>
        <dd data-testid="sum-utestaende">{sumUtestaendeTekst(oversikt, locale, t)}</dd>
      </div>
      <div>
        <dt>{t("fakturaer.total.ubetalte")}</dt>
        <dd>{oversikt.antallUbetalte}</dd>
      </div>
      <div>
        <dt>{t("fakturaer.total.forfalte")}</dt>
        <dd>{oversikt.antallForfalte}</dd>
      </div>
    </dl>
  );
}
