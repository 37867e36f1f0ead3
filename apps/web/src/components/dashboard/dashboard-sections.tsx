import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import type { DashboardPart } from "../../lib/dashboard-parts.ts";
import { FakturaerSection } from "./fakturaer-section.tsx";
import { LettersSection } from "./letters-section.tsx";
import { NyttSection } from "./nytt-section.tsx";
import { OppgaverSection } from "./oppgaver-section.tsx";
import { TjenesterSection } from "./tjenester-section.tsx";
import type { Meg } from "./types.ts";

interface DashboardSectionsProps {
  meg: Meg;
  /** Parts that could not be fetched; their sections say so. */
  unavailable: ReadonlySet<DashboardPart>;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

/** A part's data, or null when it is unavailable (each section then shows its own message). */
function part<T>(unavailable: ReadonlySet<DashboardPart>, name: DashboardPart, data: T | undefined): T | null {
  return unavailable.has(name) || data === undefined ? null : data;
}

/** Letters, tasks and invoices side by side, then the municipality's services; a part that failed says so. */
export function DashboardSections({ meg, unavailable, niva, locale, t }: DashboardSectionsProps) {
  const brev =
    meg.forsendelser && meg.antallUlesteForsendelser !== undefined
      ? { forsendelser: meg.forsendelser, antallUlesteForsendelser: meg.antallUlesteForsendelser }
      : undefined;
  const fakturaer =
    meg.fakturaer && meg.fakturaOversikt
      ? { fakturaer: meg.fakturaer, fakturaOversikt: meg.fakturaOversikt }
      : undefined;
  return (
    <div className="app-sections">
      <NyttSection
        nytt={part(unavailable, "brev", meg.nyttSidenSist ?? undefined)}
        niva={meg.innloggingsniva === 3 ? 3 : niva}
        locale={locale}
        t={t}
      />
      <LettersSection brev={part(unavailable, "brev", brev)} locale={locale} t={t} />
      <OppgaverSection oppgaver={part(unavailable, "oppgaver", meg.oppgaver)} locale={locale} t={t} />
      <FakturaerSection fakturaer={part(unavailable, "fakturaer", fakturaer)} locale={locale} t={t} />
      <TjenesterSection tjenester={part(unavailable, "tjenester", meg.kommunaleTjenester)} t={t} />
    </div>
  );
}
