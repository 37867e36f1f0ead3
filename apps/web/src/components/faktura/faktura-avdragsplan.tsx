import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatDato, formatKroner } from "../../lib/format.ts";
import { Paragraph } from "../ds.ts";
import { MetaField } from "../meta-field.tsx";
import { TitledSection } from "../titled-section.tsx";
import type { FakturaDetalj } from "./faktura-view.tsx";

type Avdrag = NonNullable<FakturaDetalj["avdragsplan"]>[number];

/** The instalments as a table: due date, amount, what is paid and each one's status in words. */
function AvdragTabell({ avdrag, locale, t }: { avdrag: readonly Avdrag[]; locale: Locale; t: Translate }) {
  const kroner = (belop: number) => formatKroner(belop, locale);
  return (
    // Focusable and named: at 320 px the table scrolls sideways in this box, also by keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className="app-table-scroll" aria-labelledby="avdragsplan-tabell" tabIndex={0}>
      <table className="ds-table" data-size="sm" data-testid="avdragsplan-tabell">
        <caption id="avdragsplan-tabell">{t("avdragsplan.tabell")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("avdragsplan.kolonne.avdrag")}</th>
            <th scope="col">{t("avdragsplan.kolonne.forfall")}</th>
            <th scope="col">{t("avdragsplan.kolonne.belop")}</th>
            <th scope="col">{t("avdragsplan.kolonne.innbetalt")}</th>
            <th scope="col">{t("avdragsplan.kolonne.status")}</th>
          </tr>
        </thead>
        <tbody>
          {avdrag.map((a, index) => (
            <tr key={a.forfallDato}>
              <th scope="row">{t("avdragsplan.nummer", { nr: index + 1 })}</th>
              <td>
                <time dateTime={a.forfallDato}>{formatDato(a.forfallDato, locale)}</time>
              </td>
              <td>{kroner(a.belop)}</td>
              <td>{kroner(a.innbetaltBelop)}</td>
              <td>{t(`avdragsplan.avdragStatus.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The invoice's avdrag plan: where it stands and, while it runs or once paid, each instalment.
 * A cancelled plan has no instalments any more; the invoice's own due date decides again.
 */
export function FakturaAvdragsplan({ faktura, locale, t }: { faktura: FakturaDetalj; locale: Locale; t: Translate }) {
  const status = faktura.avdragsplanStatus;
  if (!status) return null;
  return (
    <TitledSection headingId="faktura-avdragsplan" heading={t("avdragsplan.heading")} data-testid="avdragsplan">
      <dl className="app-meta">
        <MetaField label={t("avdragsplan.statusFelt")}>{t(`avdragsplan.planStatus.${status}`)}</MetaField>
      </dl>
      {status === "KANSELLERT" && (
        <Paragraph>{t("avdragsplan.kansellert", { dato: formatDato(faktura.forfallDato, locale) })}</Paragraph>
      )}
      {faktura.avdragsplan && faktura.avdragsplan.length > 0 && (
        <AvdragTabell avdrag={faktura.avdragsplan} locale={locale} t={t} />
      )}
    </TitledSection>
  );
}
