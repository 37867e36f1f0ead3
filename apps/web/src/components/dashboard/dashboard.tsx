import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import type { DashboardPart } from "../../lib/dashboard-parts.ts";
import { Heading, Paragraph } from "../ds.ts";
import { DashboardSections } from "./dashboard-sections.tsx";
import { DashboardUnavailable } from "./dashboard-unavailable.tsx";
import type { Meg } from "./types.ts";

interface DashboardProps {
  /** The citizen's data; null when the gateway gave none. */
  meg: Meg | null;
  /** Parts that could not be fetched; their sections say so. */
  unavailable: ReadonlySet<DashboardPart>;
  name: string | null;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

/**
 * The signed-in front page: greeting and login level, then the sections. Without `meg` no
 * section has anything to show, so one notice says what is unavailable.
 */
export function Dashboard({ meg, unavailable, name, niva, locale, t }: DashboardProps) {
  return (
    <>
      <div className="app-stack">
        <Heading level={1} data-size="xl">
          {t("dashboard.heading")}
        </Heading>
        {name && <Paragraph data-size="lg">{t("dashboard.greeting", { navn: name })}</Paragraph>}
        <Paragraph>{t("dashboard.niva", { niva: meg?.innloggingsniva ?? niva })}</Paragraph>
      </div>
      {meg === null ? (
        <DashboardUnavailable t={t} />
      ) : (
        <DashboardSections meg={meg} unavailable={unavailable} niva={niva} locale={locale} t={t} />
      )}
    </>
  );
}
