import type { SokQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { grupperEtterType, type Sok, sokHref } from "../../lib/sok-params.ts";
import { Unavailable } from "../dashboard/section.tsx";
import { Heading, Paragraph } from "../ds.ts";
import { StepUpNote } from "../step-up.tsx";
import { SokFasetter } from "./sok-fasetter.tsx";
import { SokForm } from "./sok-form.tsx";
import { SokTreff } from "./sok-treff.tsx";

/** The search result as the Sok query returns it. */
export type Sokeresultat = NonNullable<SokQuery["meg"]>["sok"];

interface SokViewProps {
  sok: Sok;
  /** Undefined before a search; null when Innsyn did not answer. */
  resultat: Sokeresultat | null | undefined;
  /** Why there is no result, when the term could not be searched for. */
  melding?: string;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

/** The search page: the box, then the hits grouped by kind beside the facets that narrow them. */
export function SokView({ sok, resultat, melding, niva, locale, t }: SokViewProps) {
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
      {resultat === null && <Unavailable message={t("sok.unavailable")} />}
      {resultat && (
        <>
          <Paragraph data-size="lg" role="status" data-testid="sok-antall">
            <strong>{t("sok.antall", { antall: resultat.antallTreff, q: sok.q })}</strong>
          </Paragraph>
          {niva === 3 && resultat.treffMedHoyereInnloggingsniva > 0 && (
            <StepUpNote
              message={t("sok.higherLevel", { antall: resultat.treffMedHoyereInnloggingsniva })}
              tilbake={sokHref(sok)}
              t={t}
            />
          )}
          <div className="app-search-layout">
            <SokFasetter sok={sok} aggregeringer={resultat.aggregeringer} t={t} />
            <div className="app-stack">
              {resultat.treff.length === 0 ? (
                <Paragraph>{t("sok.ingenTreff")}</Paragraph>
              ) : (
                grupperEtterType(resultat.treff).map((gruppe) => (
                  <section key={gruppe.type} aria-labelledby={`gruppe-${gruppe.type}`} className="app-stack">
                    <Heading level={2} data-size="sm" id={`gruppe-${gruppe.type}`}>
                      {t(`sok.gruppe.${gruppe.type}`, { antall: gruppe.treff.length })}
                    </Heading>
                    <ul className="app-list" data-testid={`treff-${gruppe.type}`}>
                      {gruppe.treff.map((treff) => (
                        <SokTreff key={treff.melding.meldingId} treff={treff} locale={locale} />
                      ))}
                    </ul>
                  </section>
                ))
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
