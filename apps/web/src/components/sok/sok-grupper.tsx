import type { ReactNode } from "react";
import type { SokFakturaerQuery, SokOppgaverQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { forfallTekst } from "../../lib/faktura-forfall.ts";
import { fakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatDato, formatKroner } from "../../lib/format.ts";
import { oppgaveState, safeTaskUrl } from "../../lib/oppgave-view.ts";
import { Link, Paragraph } from "../ds.ts";
import { TitledSection } from "../titled-section.tsx";

/** The task hits as the SokOppgaver query returns them. */
export type OppgaveTreff = NonNullable<SokOppgaverQuery["meg"]>["sokOppgaver"];

/** The invoice hits as the SokFakturaer query returns them. */
export type FakturaTreff = NonNullable<SokFakturaerQuery["meg"]>["sokFakturaer"];

/** A group of hits with its count in the heading, and a note when only the first ones are listed. */
function TreffGruppe({
  id,
  heading,
  vist,
  antall,
  alle,
  children,
  t,
}: {
  id: string;
  heading: string;
  vist: number;
  antall: number;
  alle: { href: string; label: string };
  children: ReactNode;
  t: Translate;
}) {
  if (antall === 0) return null;
  return (
    <TitledSection headingId={`gruppe-${id}`} heading={heading}>
      <ul className="app-list" data-testid={`treff-${id}`}>
        {children}
      </ul>
      {vist < antall && (
        <Paragraph data-size="sm">
          {t("sok.viser", { vist })} <Link href={alle.href}>{alle.label}</Link>
        </Paragraph>
      )}
    </TitledSection>
  );
}

/** Matching tasks: each title leads to where the task is done, with its deadline and state. */
export function OppgaveGruppe({ treff, locale, t }: { treff: OppgaveTreff; locale: Locale; t: Translate }) {
  return (
    <TreffGruppe
      id="oppgaver"
      heading={t("sok.gruppe.oppgaver", { antall: treff.totalCount })}
      vist={treff.nodes.length}
      antall={treff.totalCount}
      alle={{ href: "/oppgaver", label: t("sok.seAlleOppgaver") }}
      t={t}
    >
      {treff.nodes.map((oppgave) => {
        const url = safeTaskUrl(oppgave.url);
        const frist = oppgave.frist
          ? t("oppgaver.frist", { dato: formatDato(oppgave.frist, locale) })
          : t("oppgaver.ingenFrist");
        return (
          <li key={oppgave.id} data-testid="sok-oppgave">
            <Paragraph>
              <strong>{url ? <a href={url}>{oppgave.tittel}</a> : oppgave.tittel}</strong>
            </Paragraph>
            <Paragraph data-size="sm">
              {oppgave.kommune.navn} · {frist} · {t(`oppgaver.state.${oppgaveState(oppgave)}`)}
            </Paragraph>
          </li>
        );
      })}
    </TreffGruppe>
  );
}

/** Matching invoices: each title leads to the invoice's page, with its due date and what is owed. */
export function FakturaGruppe({ treff, locale, t }: { treff: FakturaTreff; locale: Locale; t: Translate }) {
  return (
    <TreffGruppe
      id="fakturaer"
      heading={t("sok.gruppe.fakturaer", { antall: treff.totalCount })}
      vist={treff.nodes.length}
      antall={treff.totalCount}
      alle={{ href: "/fakturaer?vis=alle", label: t("sok.seAlleFakturaer") }}
      t={t}
    >
      {treff.nodes.map((faktura) => (
        <li key={faktura.id} data-testid="sok-faktura">
          <Paragraph>
            <strong>
              <a href={`/fakturaer/${faktura.id}`}>{faktura.tittel}</a>
            </strong>
          </Paragraph>
          <Paragraph data-size="sm">
            {faktura.kommune.navn} · {forfallTekst(fakturaTilstand(faktura), locale, t)} ·{" "}
            {t("fakturaer.utestaende", { belop: formatKroner(faktura.utestaendeBelop, locale) })}
          </Paragraph>
        </li>
      ))}
    </TreffGruppe>
  );
}
