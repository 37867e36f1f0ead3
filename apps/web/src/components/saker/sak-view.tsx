import type { SakQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunktDato } from "../../lib/format.ts";
import { sakTidslinje } from "../../lib/sak-tidslinje.ts";
import { Heading, Link, Paragraph } from "../ds.ts";
import { PageFrame } from "../page-frame.tsx";
import { StepUpNote } from "../step-up.tsx";
import { TitledSection } from "../titled-section.tsx";
import { Unavailable } from "../unavailable.tsx";
import { SakTidslinje } from "./sak-tidslinje.tsx";

/** A case folder as the Sak query returns it. */
export type Mappe = Extract<NonNullable<NonNullable<SakQuery["meg"]>["melding"]>, { __typename: "Mappe" }>;

/** The case page: what the case is, its parties, and the timeline of milestones and journalposter. */
export function SakView({
  mappe,
  niva,
  locale,
  t,
}: {
  mappe: Mappe | null;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}) {
  if (!mappe) {
    return (
      <PageFrame heading={t("saker.heading")}>
        <Unavailable message={t("saker.unavailable")} />
      </PageFrame>
    );
  }
  const hendelser = sakTidslinje(mappe.milepeler, mappe.journalposter.nodes, mappe.navaerendeMilepel?.navn);
  return (
    <div className="app-stack">
      <Paragraph>
        <Link href="/saker">{t("sak.tilbake")}</Link>
      </Paragraph>
      <Heading level={1} data-size="xl">
        {mappe.tittel}
      </Heading>
      {mappe.beskrivelse && <Paragraph data-size="lg">{mappe.beskrivelse}</Paragraph>}
      <dl className="app-meta">
        <dt>{t("sak.kommune")}</dt>
        <dd>{mappe.kommune.navn}</dd>
        {mappe.mappeId && (
          <>
            <dt>{t("sak.saksnummer")}</dt>
            <dd>{mappe.mappeId}</dd>
          </>
        )}
        {mappe.saksansvarlig && (
          <>
            <dt>{t("sak.saksansvarlig")}</dt>
            <dd>{mappe.saksansvarlig}</dd>
          </>
        )}
        <dt>{t("sak.status")}</dt>
        <dd>{mappe.avsluttet ? t("saker.avsluttet") : (mappe.navaerendeMilepel?.navn ?? t("saker.apen"))}</dd>
        {mappe.saksdato && (
          <>
            <dt>{t("sak.saksdato")}</dt>
            <dd>{formatTidspunktDato(mappe.saksdato, locale)}</dd>
          </>
        )}
      </dl>
      {mappe.parter.length > 0 && (
        <TitledSection headingId="sak-parter" heading={t("sak.parter")}>
          <ul className="app-list" data-testid="parter">
            {mappe.parter.map((part) => (
              <li key={`${part.rolle}-${part.navn}`}>
                <Paragraph>
                  <strong>{part.navn}</strong> – {part.rolle}
                </Paragraph>
              </li>
            ))}
          </ul>
        </TitledSection>
      )}
      <TitledSection headingId="sak-tidslinje" heading={t("sak.tidslinje")}>
        {niva === 3 && mappe.journalposter.treffMedHoyereInnloggingsniva > 0 && (
          <StepUpNote
            message={t("sak.higherLevel", { antall: mappe.journalposter.treffMedHoyereInnloggingsniva })}
            tilbake={`/saker/${mappe.meldingId}`}
            t={t}
          />
        )}
        <SakTidslinje hendelser={hendelser} locale={locale} t={t} />
      </TitledSection>
    </div>
  );
}
