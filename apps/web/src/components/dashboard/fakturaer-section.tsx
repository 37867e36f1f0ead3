import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { forfallTekst, sumUtestaendeTekst } from "../../lib/faktura-forfall.ts";
import { fakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatKroner } from "../../lib/format.ts";
import { Paragraph } from "../ds.ts";
import { FakturaTags } from "../fakturaer/faktura-tags.tsx";
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
            <strong>{t("fakturaer.sum", { sum: sumUtestaendeTekst(data.fakturaOversikt, locale, t) })}</strong>
          </Paragraph>
          <Paragraph data-size="sm">
            {t("fakturaer.antall", {
              antall: data.fakturaOversikt.antallUbetalte,
              forfalte: data.fakturaOversikt.antallForfalte,
            })}
          </Paragraph>
          <ul className="app-list">
            {data.fakturaer.nodes.map((faktura) => {
              const tilstand = fakturaTilstand(faktura);
              return (
                <li key={faktura.id} data-testid="dashboard-faktura">
                  <Paragraph>
                    <strong>{faktura.tittel}</strong>
                  </Paragraph>
                  <FakturaTags status={faktura.status} overdue={tilstand.overdue} t={t} />
                  <Paragraph data-size="sm">
                    {forfallTekst(tilstand, locale, t)}
                    {" · "}
                    {t("fakturaer.utestaende", { belop: formatKroner(faktura.utestaendeBelop, locale) })}
                  </Paragraph>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
