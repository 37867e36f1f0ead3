import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import type { DashboardPart } from "../../lib/dashboard-parts.ts";
import { Heading, Paragraph } from "../ds.ts";
import { FakturaerSection } from "./fakturaer-section.tsx";
import { LettersSection } from "./letters-section.tsx";
import { NyttSection } from "./nytt-section.tsx";
import { OppgaverSection } from "./oppgaver-section.tsx";
import { TjenesterSection } from "./tjenester-section.tsx";
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

/** A part's data, or null when it is unavailable (each section then shows its own message). */
function part<T>(unavailable: ReadonlySet<DashboardPart>, name: DashboardPart, data: T | undefined): T | null {
  return unavailable.has(name) || data === undefined ? null : data;
}

/** The signed-in front page: letters, tasks and invoices side by side, then the municipality's services. */
export function Dashboard({ meg, unavailable, name, niva, locale, t }: DashboardProps) {
  const brev =
    meg?.forsendelser && meg.antallUlesteForsendelser !== undefined
      ? { forsendelser: meg.forsendelser, antallUlesteForsendelser: meg.antallUlesteForsendelser }
      : undefined;
  const fakturaer =
    meg?.fakturaer && meg.fakturaOversikt
      ? { fakturaer: meg.fakturaer, fakturaOversikt: meg.fakturaOversikt }
      : undefined;
  return (
    <>
      <div className="app-stack">
        <Heading level={1} data-size="xl">
          {t("dashboard.heading")}
        </Heading>
        {name && <Paragraph data-size="lg">{t("dashboard.greeting", { navn: name })}</Paragraph>}
        <Paragraph>{t("dashboard.niva", { niva: meg?.innloggingsniva ?? niva })}</Paragraph>
      </div>
      <div className="app-sections">
        <NyttSection
          nytt={part(unavailable, "brev", meg?.nyttSidenSist ?? undefined)}
          niva={meg?.innloggingsniva === 3 ? 3 : niva}
          locale={locale}
          t={t}
        />
        <LettersSection brev={part(unavailable, "brev", brev)} locale={locale} t={t} />
        <OppgaverSection oppgaver={part(unavailable, "oppgaver", meg?.oppgaver)} locale={locale} t={t} />
        <FakturaerSection fakturaer={part(unavailable, "fakturaer", fakturaer)} locale={locale} t={t} />
        <TjenesterSection tjenester={part(unavailable, "tjenester", meg?.kommunaleTjenester)} t={t} />
      </div>
    </>
  );
}
