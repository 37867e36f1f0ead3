import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { type SokDel, totaltAntall } from "../../lib/sok-deler.ts";
import { grupperEtterType, type Sok } from "../../lib/sok-params.ts";
import { Heading, Paragraph } from "../ds.ts";
import { Unavailable } from "../unavailable.tsx";
import { SokFasetter } from "./sok-fasetter.tsx";
import { FakturaGruppe, type FakturaTreff, OppgaveGruppe, type OppgaveTreff } from "./sok-grupper.tsx";
import { SokTreff } from "./sok-treff.tsx";
import type { Sokeresultat } from "./sok-view.tsx";

/** A search's three parts; a part left undefined was not asked for (a facet narrows to meldinger). */
export interface SokResultat {
  meldinger: SokDel<Sokeresultat>;
  oppgaver: SokDel<OppgaveTreff> | undefined;
  fakturaer: SokDel<FakturaTreff> | undefined;
}

/** A part's hit count, or how the part fared. */
const antall = <T,>(del: SokDel<T> | undefined, count: (data: T) => number): SokDel<number> | undefined =>
  del && (del.status === "ok" ? { status: "ok", data: count(del.data) } : del);

const ok = <T,>(del: SokDel<T> | undefined): T | undefined => (del?.status === "ok" ? del.data : undefined);

/**
 * The hits of one search: the total, a message for each part that did not answer, then letters
 * and cases grouped by kind (beside their facets), tasks and invoices.
 */
export function SokResultater({
  sok,
  resultat,
  locale,
  t,
}: {
  sok: Sok;
  resultat: SokResultat;
  locale: Locale;
  t: Translate;
}) {
  const meldinger = ok(resultat.meldinger);
  const oppgaver = ok(resultat.oppgaver);
  const fakturaer = ok(resultat.fakturaer);
  const total = totaltAntall({
    meldinger: antall(resultat.meldinger, (data) => data.antallTreff),
    oppgaver: antall(resultat.oppgaver, (data) => data.totalCount),
    fakturaer: antall(resultat.fakturaer, (data) => data.totalCount),
  });
  // The facet column only when Innsyn counted something to narrow by.
  const aggregeringer = meldinger?.aggregeringer;
  const fasetter =
    aggregeringer &&
    aggregeringer.fiksOrganisasjon.length + aggregeringer.type.length + aggregeringer.arstall.length > 0
      ? aggregeringer
      : undefined;
  return (
    <>
      {total !== null && (
        <Paragraph data-size="lg" role="status" data-testid="sok-antall">
          <strong>{t("sok.antall", { antall: total, q: sok.q })}</strong>
        </Paragraph>
      )}
      {resultat.meldinger.status === "unavailable" && <Unavailable message={t("sok.unavailable")} />}
      {resultat.oppgaver?.status === "unavailable" && <Unavailable message={t("sok.unavailable.oppgaver")} />}
      {resultat.fakturaer?.status === "unavailable" && <Unavailable message={t("sok.unavailable.fakturaer")} />}
      {total !== null && (
        <div className={fasetter ? "app-search-layout" : undefined}>
          {fasetter && <SokFasetter sok={sok} aggregeringer={fasetter} t={t} />}
          <div className="app-stack">
            {total === 0 && <Paragraph>{t("sok.ingenTreff")}</Paragraph>}
            {meldinger &&
              grupperEtterType(meldinger.treff).map((gruppe) => (
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
              ))}
            {oppgaver && <OppgaveGruppe treff={oppgaver} locale={locale} t={t} />}
            {fakturaer && <FakturaGruppe treff={fakturaer} locale={locale} t={t} />}
          </div>
        </div>
      )}
    </>
  );
}
