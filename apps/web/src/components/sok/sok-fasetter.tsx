import type { Translate } from "../../i18n/t.ts";
import { type Sok, sokHref } from "../../lib/sok-params.ts";
import { Heading } from "../ds.ts";
import type { Sokeresultat } from "./sok-view.tsx";

interface Fasett {
  key: string;
  label: string;
  antall: number;
  valgt: boolean;
  href: string;
}

/** One facet group: a link per value (with its count) that narrows the search, or widens it again when chosen. */
function FasettGruppe({ id, heading, fasetter, t }: { id: string; heading: string; fasetter: Fasett[]; t: Translate }) {
  if (fasetter.length === 0) return null;
  return (
    <div className="app-stack">
      <Heading level={3} data-size="xs" id={id}>
        {heading}
      </Heading>
      <ul className="app-facets" aria-labelledby={id}>
        {fasetter.map((fasett) => (
          <li key={fasett.key}>
            <a href={fasett.href} aria-current={fasett.valgt ? "true" : undefined}>
              {fasett.valgt ? t("sok.fjernFilter", { filter: fasett.label }) : fasett.label} ({fasett.antall})
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The facets Innsyn counted: municipality, kind and year, as filter links. */
export function SokFasetter({
  sok,
  aggregeringer,
  t,
}: {
  sok: Sok;
  aggregeringer: Sokeresultat["aggregeringer"];
  t: Translate;
}) {
  return (
    <nav aria-label={t("sok.fasetter")} className="app-stack" data-testid="fasetter">
      <FasettGruppe
        id="fasett-kommune"
        heading={t("sok.fasett.kommune")}
        t={t}
        fasetter={aggregeringer.fiksOrganisasjon.map((a) => {
          const valgt = sok.kommune === a.kommune.fiksOrgId.toLowerCase();
          return {
            key: a.kommune.fiksOrgId,
            label: a.kommune.navn,
            antall: a.antallTreff,
            valgt,
            href: sokHref(sok, { kommune: valgt ? undefined : a.kommune.fiksOrgId.toLowerCase() }),
          };
        })}
      />
      <FasettGruppe
        id="fasett-type"
        heading={t("sok.fasett.type")}
        t={t}
        fasetter={aggregeringer.type.map((a) => ({
          key: a.type,
          label: t(`meldingType.${a.type}`),
          antall: a.antallTreff,
          valgt: sok.type === a.type,
          href: sokHref(sok, { type: sok.type === a.type ? undefined : a.type }),
        }))}
      />
      <FasettGruppe
        id="fasett-ar"
        heading={t("sok.fasett.ar")}
        t={t}
        fasetter={aggregeringer.arstall.map((a) => ({
          key: String(a.arstall),
          label: String(a.arstall),
          antall: a.antallTreff,
          valgt: sok.ar === a.arstall,
          href: sokHref(sok, { ar: sok.ar === a.arstall ? undefined : a.arstall }),
        }))}
      />
    </nav>
  );
}
