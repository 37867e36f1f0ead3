import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { safeExternalUrl } from "../../lib/dokument-lenke.ts";
import type { FakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatDato, formatKroner } from "../../lib/format.ts";
import { Link, Paragraph } from "../ds.ts";
import { FakturaForfall } from "../fakturaer/faktura-forfall.tsx";
import { MetaField } from "../meta-field.tsx";
import { TitledSection } from "../titled-section.tsx";
import type { FakturaDetalj } from "./faktura-view.tsx";

/** The invoice page's amounts: due and invoice dates, what it is made of, what is left, and its PDF. */
export function FakturaBelop({
  faktura,
  tilstand,
  locale,
  t,
}: {
  faktura: FakturaDetalj;
  tilstand: FakturaTilstand;
  locale: Locale;
  t: Translate;
}) {
  const kroner = (belop: number) => formatKroner(belop, locale);
  const pdf = safeExternalUrl(faktura.faktura?.url);
  return (
    <TitledSection headingId="faktura-belop" heading={t("faktura.belop")}>
      <dl className="app-meta">
        <FakturaForfall tilstand={tilstand} locale={locale} t={t} />
        <MetaField label={t("faktura.fakturaDato")}>{formatDato(faktura.fakturaDato, locale)}</MetaField>
        <MetaField label={t("faktura.belopFelt")}>{kroner(faktura.belop)}</MetaField>
        {faktura.gebyr > 0 && <MetaField label={t("faktura.gebyr")}>{kroner(faktura.gebyr)}</MetaField>}
        {faktura.renter > 0 && <MetaField label={t("faktura.renter")}>{kroner(faktura.renter)}</MetaField>}
        {faktura.andreOmkostninger > 0 && (
          <MetaField label={t("faktura.andreOmkostninger")}>{kroner(faktura.andreOmkostninger)}</MetaField>
        )}
        <MetaField label={t("fakturaer.felt.totalbelop")}>{kroner(faktura.totalbelop)}</MetaField>
        {faktura.innbetaltBelop > 0 && (
          <MetaField label={t("faktura.innbetalt")}>{kroner(faktura.innbetaltBelop)}</MetaField>
        )}
        {faktura.kreditertBelop > 0 && (
          <MetaField label={t("faktura.kreditert")}>{kroner(faktura.kreditertBelop)}</MetaField>
        )}
        <MetaField label={t("fakturaer.felt.utestaende")}>
          <strong>{kroner(faktura.utestaendeBelop)}</strong>
        </MetaField>
        {faktura.fakturanummer && (
          <MetaField label={t("fakturaer.felt.fakturanummer")}>{faktura.fakturanummer}</MetaField>
        )}
      </dl>
      {pdf && (
        <Paragraph>
          <Link href={pdf} data-testid="faktura-pdf">
            {t("faktura.pdf")}
          </Link>
        </Paragraph>
      )}
    </TitledSection>
  );
}
