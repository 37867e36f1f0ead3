import type { FakturaerQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { fakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatKroner } from "../../lib/format.ts";
import { Card, Heading, Paragraph } from "../ds.ts";
import { MetaField } from "../meta-field.tsx";
import { FakturaForfall } from "./faktura-forfall.tsx";
import { FakturaTags } from "./faktura-tags.tsx";

/** One invoice as the Fakturaer query returns it. */
export type FakturaNode = NonNullable<FakturaerQuery["meg"]>["fakturaer"]["nodes"][number];

/** An invoice: amount owed, due date (overdue said in words), status, and what to pay with. */
export function FakturaItem({ faktura, locale, t }: { faktura: FakturaNode; locale: Locale; t: Translate }) {
  const titleId = `faktura-${faktura.id}`;
  const tilstand = fakturaTilstand(faktura);
  const { overdue } = tilstand;
  const betales = tilstand.owed && faktura.kanBetales;
  return (
    <li>
      <Card asChild data-color={overdue ? "danger" : "neutral"}>
        <article aria-labelledby={titleId} className="app-stack" data-testid="faktura">
          <Heading level={2} data-size="xs" id={titleId}>
            <a href={`/fakturaer/${faktura.id}`}>{faktura.tittel}</a>
          </Heading>
          <Paragraph data-size="sm">{faktura.kommune.navn}</Paragraph>
          <FakturaTags status={faktura.status} overdue={overdue} t={t} />
          <dl className="app-meta">
            <MetaField label={t("fakturaer.felt.utestaende")}>
              <strong>{formatKroner(faktura.utestaendeBelop, locale)}</strong>
            </MetaField>
            <MetaField label={t("fakturaer.felt.totalbelop")}>{formatKroner(faktura.totalbelop, locale)}</MetaField>
            <FakturaForfall tilstand={tilstand} locale={locale} t={t} />
            {betales && faktura.kontonummer && (
              <MetaField label={t("fakturaer.felt.kontonummer")}>{faktura.kontonummer}</MetaField>
            )}
            {betales && faktura.kid && <MetaField label={t("fakturaer.felt.kid")}>{faktura.kid}</MetaField>}
            {faktura.fakturanummer && (
              <MetaField label={t("fakturaer.felt.fakturanummer")}>{faktura.fakturanummer}</MetaField>
            )}
          </dl>
        </article>
      </Card>
    </li>
  );
}
