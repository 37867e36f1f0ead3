import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatKroner } from "../../lib/format.ts";
import { TitledSection } from "../titled-section.tsx";
import { CopyButton } from "./copy-button.tsx";
import type { FakturaDetalj } from "./faktura-view.tsx";

/** "1234,50": an amount as a bank's payment form takes it (no spaces, no currency). */
function belopForBank(ore: number): string {
  return `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, "0")}`;
}

/** What the citizen pays with: account number, KID and amount, each as text with a copy button. */
export function Betaling({ faktura, locale, t }: { faktura: FakturaDetalj; locale: Locale; t: Translate }) {
  const rows: { key: "kontonummer" | "kid" | "belop"; label: string; shown: string; copy: string }[] = [];
  if (faktura.kontonummer) {
    const { kontonummer } = faktura;
    rows.push({ key: "kontonummer", label: t("fakturaer.felt.kontonummer"), shown: kontonummer, copy: kontonummer });
  }
  if (faktura.kid) rows.push({ key: "kid", label: t("fakturaer.felt.kid"), shown: faktura.kid, copy: faktura.kid });
  rows.push({
    key: "belop",
    label: t("fakturaer.felt.utestaende"),
    shown: formatKroner(faktura.utestaendeBelop, locale),
    copy: belopForBank(faktura.utestaendeBelop),
  });
  return (
    <TitledSection headingId="faktura-betaling" heading={t("faktura.betaling")} data-testid="betaling">
      <dl className="app-meta app-copy-list">
        {rows.map((row) => (
          <div key={row.key} className="app-copy-row" data-testid={`betaling-${row.key}`}>
            <dt>{row.label}</dt>
            <dd>
              <span className="app-copy-value">{row.shown}</span>{" "}
              <CopyButton
                value={row.copy}
                label={t(`faktura.kopier.${row.key}`)}
                copied={t(`faktura.kopiert.${row.key}`)}
              />
            </dd>
          </div>
        ))}
      </dl>
    </TitledSection>
  );
}
