import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatDato, formatKroner } from "../../lib/format.ts";
import { Paragraph, Tag } from "../ds.ts";
import { FAKTURA_STATUS_COLOR } from "../fakturaer/faktura-status.ts";
import { Unavailable } from "../unavailable.tsx";
import { Section } from "./section.tsx";
import type { FakturaerPart } from "./types.ts";

interface FakturaerProps {
  /** Null when the Faktura subgraph could not answer. */
  fakturaer: FakturaerPart | null;
  locale: Locale;
  t: Translate;
}

/** Unpaid invoices: the sum owed, counts, and each invoice's due date and amount. */
export function FakturaerSection({ fakturaer: data, locale, t }: FakturaerProps) {
  return (
    <Section
      id="fakturaer"
      heading={t("fakturaer.heading")}
      more={{ href: "/fakturaer", label: t("fakturaer.seAlle") }}
    >
      {data === null ? (
        <Unavailable message={t("fakturaer.unavailable")} />
      ) : data.fakturaOversikt.antallUbetalte === 0 ? (
        <Paragraph>{t("fakturaer.empty")}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="lg" data-testid="sum-utestaende">
            <strong>{t("fakturaer.sum", { sum: formatKroner(data.fakturaOversikt.sumUtestaende, locale) })}</strong>
          </Paragraph>
          <Paragraph data-size="sm">
            {t("fakturaer.antall", {
              antall: data.fakturaOversikt.antallUbetalte,
              forfalte: data.fakturaOversikt.antallForfalte,
            })}
          </Paragraph>
          <ul className="app-list">
            {data.fakturaer.nodes.map((faktura) => (
              <li key={faktura.id}>
                <Paragraph className="app-row">
                  <strong>{faktura.tittel}</strong>
                  <Tag data-color={FAKTURA_STATUS_COLOR[faktura.status]} data-size="sm">
                    {t(`fakturaStatus.${faktura.status}`)}
                  </Tag>
                </Paragraph>
                <Paragraph data-size="sm">
                  {t("fakturaer.forfall", { dato: formatDato(faktura.forfallDato, locale) })}
                  {" · "}
                  {t("fakturaer.utestaende", { belop: formatKroner(faktura.utestaendeBelop, locale) })}
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
