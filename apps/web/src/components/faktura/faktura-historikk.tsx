import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatDato, formatKroner, formatTidspunkt } from "../../lib/format.ts";
import { Paragraph } from "../ds.ts";
import { TitledSection } from "../titled-section.tsx";
import type { FakturaDetalj } from "./faktura-view.tsx";

/** What happened to the invoice, oldest first, as an ordered list. */
export function FakturaHistorikk({
  historikk,
  locale,
  t,
}: {
  historikk: FakturaDetalj["historikk"];
  locale: Locale;
  t: Translate;
}) {
  return (
    <TitledSection headingId="faktura-historikk" heading={t("faktura.historikk")}>
      {historikk.length === 0 ? (
        <Paragraph>{t("faktura.ingenHistorikk")}</Paragraph>
      ) : (
        <ol className="app-timeline" data-testid="historikk">
          {historikk.map((hendelse) => (
            <li key={`${hendelse.type}-${hendelse.tidspunkt}`}>
              <Paragraph data-size="sm">
                <time dateTime={hendelse.tidspunkt}>{formatTidspunkt(hendelse.tidspunkt, locale)}</time>
              </Paragraph>
              <Paragraph>
                <strong>{t(`faktura.hendelse.${hendelse.type}`)}</strong>
                {hendelse.belop !== null && ` · ${formatKroner(hendelse.belop, locale)}`}
                {hendelse.forfallDato &&
                  ` · ${t("faktura.nyForfall", { dato: formatDato(hendelse.forfallDato, locale) })}`}
              </Paragraph>
              {hendelse.arsak && (
                <Paragraph data-testid="historikk-arsak">{t("faktura.arsak", { arsak: hendelse.arsak })}</Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
    </TitledSection>
  );
}
