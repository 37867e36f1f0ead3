import type { FakturaQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { safeExternalUrl } from "../../lib/dokument-lenke.ts";
import { fakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatDato } from "../../lib/format.ts";
import { dagenEtter } from "../../lib/utsettelse.ts";
import { Heading, Link, Paragraph } from "../ds.ts";
import { FakturaTags } from "../fakturaer/faktura-tags.tsx";
import { PageFrame } from "../page-frame.tsx";
import { Unavailable } from "../unavailable.tsx";
import { Betaling } from "./betaling.tsx";
import { FakturaAvdragsplan } from "./faktura-avdragsplan.tsx";
import { FakturaBelop } from "./faktura-belop.tsx";
import { FakturaHistorikk } from "./faktura-historikk.tsx";
import { Kontaktinfo } from "./kontaktinfo.tsx";
import { UtsettelseForm } from "./utsettelse-form.tsx";

/** An invoice as the Faktura query returns it. */
export type FakturaDetalj = NonNullable<NonNullable<FakturaQuery["meg"]>["faktura"]>;

interface FakturaViewProps {
  /** Null when the Faktura service did not answer. */
  faktura: FakturaDetalj | null;
  idempotencyKey: string;
  locale: Locale;
  t: Translate;
}

/** The invoice page: status, what to pay with (to copy), amounts, PDF, history, contacts, betalingsutsettelse. */
export function FakturaView({ faktura, idempotencyKey, locale, t }: FakturaViewProps) {
  if (!faktura) {
    return (
      <PageFrame heading={t("fakturaer.heading")}>
        <Unavailable message={t("fakturaer.unavailable")} />
      </PageFrame>
    );
  }
  const tilstand = fakturaTilstand(faktura);
  const { owed } = tilstand;
  // Under a running plan the service refuses a betalingsutsettelse (HAR_AVDRAGSPLAN): no form to fail.
  const kanBeOmUtsettelse =
    owed && faktura.kanBetales && !faktura.sendtTilEkstern && faktura.avdragsplanStatus !== "AKTIV";
  const ekstern = faktura.sendtTilEkstern ? safeExternalUrl(faktura.eksternLenke?.url) : null;
  return (
    <div className="app-stack">
      <Paragraph>
        <Link href="/fakturaer">{t("faktura.tilbake")}</Link>
      </Paragraph>
      <Heading level={1} data-size="xl">
        {faktura.tittel}
      </Heading>
      <Paragraph>{faktura.kommune.navn}</Paragraph>
      <FakturaTags status={faktura.status} overdue={tilstand.overdue} t={t} />
      {faktura.beskrivelse && <Paragraph>{faktura.beskrivelse}</Paragraph>}
      {ekstern && (
        <Paragraph>
          <Link href={ekstern} data-testid="inkasso-lenke">
            {faktura.eksternLenke?.tittel ?? t("faktura.inkassoLenke")}
          </Link>
        </Paragraph>
      )}
      {owed && faktura.kanBetales && <Betaling faktura={faktura} locale={locale} t={t} />}
      <FakturaBelop faktura={faktura} tilstand={tilstand} locale={locale} t={t} />
      <FakturaAvdragsplan faktura={faktura} locale={locale} t={t} />
      {kanBeOmUtsettelse && (
        <UtsettelseForm
          fakturaId={faktura.id}
          idempotencyKey={idempotencyKey}
          min={dagenEtter(faktura.forfallDato)}
          texts={{
            heading: t("utsettelse.heading"),
            intro: t("utsettelse.intro"),
            label: t("utsettelse.label"),
            hint: t("utsettelse.hint", { dato: formatDato(faktura.forfallDato, locale) }),
            submit: t("utsettelse.submit"),
            innvilget: t("utsettelse.innvilget"),
            avslatt: t("utsettelse.avslatt"),
            underBehandling: t("utsettelse.underBehandling"),
            tilbake: t("utsettelse.tilbake"),
            feil: {
              nyForfallDato: t("utsettelse.feil.nyForfallDato"),
              ikkeFunnet: t("utsettelse.feil.ikkeFunnet"),
              utilgjengelig: t("utsettelse.feil.utilgjengelig"),
              utlogget: t("session.expired"),
            },
          }}
        />
      )}
      <FakturaHistorikk historikk={faktura.historikk} locale={locale} t={t} />
      <Kontaktinfo heading={t("faktura.kontakt")} id="kontakt" kontakt={faktura.kontaktinformasjon} t={t} />
      <Kontaktinfo
        heading={t("faktura.kontaktInkasso")}
        id="kontakt-inkasso"
        kontakt={faktura.kontaktinformasjonInkasso}
        t={t}
      />
    </div>
  );
}
