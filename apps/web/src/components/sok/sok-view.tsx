import type { SokQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { type Sok, sokHref } from "../../lib/sok-params.ts";
import { Heading, Paragraph } from "../ds.ts";
import { StepUpNote } from "../step-up.tsx";
import { SokForm } from "./sok-form.tsx";
import { type SokResultat, SokResultater } from "./sok-resultater.tsx";

/** The letter and case search result as the Sok query returns it. */
export type Sokeresultat = NonNullable<SokQuery["meg"]>["sok"];

interface SokViewProps {
  sok: Sok;
  /** Undefined before a search. */
  resultat?: SokResultat;
  /** Why there is no result, when the term could not be searched for. */
  melding?: string;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

/** The search page: the box, a note when hits need level 4, then the results. */
export function SokView({ sok, resultat, melding, niva, locale, t }: SokViewProps) {
  const skjulte = resultat?.meldinger.status === "ok" ? resultat.meldinger.data.treffMedHoyereInnloggingsniva : 0;
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("sok.heading")}
      </Heading>
      <SokForm q={sok.q} t={t} />
      {melding && (
        <Paragraph role="status" data-testid="sok-antall">
          {melding}
        </Paragraph>
      )}
      {niva === 3 && skjulte > 0 && (
        <StepUpNote message={t("sok.higherLevel", { antall: skjulte })} tilbake={sokHref(sok)} t={t} />
      )}
      {resultat && <SokResultater sok={sok} resultat={resultat} locale={locale} t={t} />}
    </div>
  );
}
