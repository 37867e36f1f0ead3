import type { FakturaerQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatDato, formatKroner } from "../../lib/format.ts";
import { isOverdue } from "../../lib/oppgave-view.ts";
import { Card, Heading, Paragraph, Tag } from "../ds.ts";
import { FAKTURA_STATUS_COLOR } from "./faktura-status.ts";

/** One invoice as the Fakturaer query returns it. */
export type FakturaNode = NonNullable<FakturaerQuery["meg"]>["fakturaer"]["nodes"][number];

/** An invoice: amount owed, due date (overdue said in words), status, and what to pay with. */
export function FakturaItem({
  faktura,
  today,
  locale,
  t,
}: {
  faktura: FakturaNode;
  today: string;
  locale: Locale;
  t: Translate;
}) {
  const titleId = `faktura-${faktura.id}`;
  const owed = faktura.utestaendeBelop > 0 && faktura.status !== "BETALT";
  const overdue = owed && isOverdue(faktura.forfallDato, today);
  return (
    <li>
      <Card asChild data-color={overdue ? "danger" : "neutral"}>
        <article aria-labelledby={titleId} className="app-stack" data-testid="faktura">
          <Heading level={2} data-size="xs" id={titleId}>
            <a href={`/fakturaer/${faktura.id}`}>{faktura.tittel}</a>
          </Heading>
          <Paragraph data-size="sm">{faktura.kommune.navn}</Paragraph>
          <div className="app-row">
            <Tag data-color={FAKTURA_STATUS_COLOR[faktura.status]} data-size="sm">
              {t(`fakturaStatus.${faktura.status}`)}
            </Tag>
            {overdue && (
              <Tag data-color="danger" data-size="sm">
                {t("fakturaer.overdueTag")}
              </Tag>
            )}
          </div>
          <dl className="app-meta">
            <dt>{t("fakturaer.felt.utestaende")}</dt>
            <dd>
              <strong>{formatKroner(faktura.utestaendeBelop, locale)}</strong>
            </dd>
            <dt>{t("fakturaer.felt.totalbelop")}</dt>
            <dd>{formatKroner(faktura.totalbelop, locale)}</dd>
            <dt>{t("fakturaer.felt.forfall")}</dt>
            <dd className={overdue ? "app-overdue" : undefined}>{formatDato(faktura.forfallDato, locale)}</dd>
            {owed && faktura.kanBetales && faktura.kontonummer && (
              <>
                <dt>{t("fakturaer.felt.kontonummer")}</dt>
                <dd>{faktura.kontonummer}</dd>
              </>
            )}
            {owed && faktura.kanBetales && faktura.kid && (
              <>
                <dt>{t("fakturaer.felt.kid")}</dt>
                <dd>{faktura.kid}</dd>
              </>
            )}
            {faktura.fakturanummer && (
              <>
                <dt>{t("fakturaer.felt.fakturanummer")}</dt>
                <dd>{faktura.fakturanummer}</dd>
              </>
            )}
          </dl>
        </article>
      </Card>
    </li>
  );
}
