import type { FakturaQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { MAX_ANTALL_AVDRAG, MIN_ANTALL_AVDRAG } from "../../lib/avdrag.ts";
import { safeExternalUrl } from "../../lib/dokument-lenke.ts";
import { fakturaTilstand } from "../../lib/faktura-tilstand.ts";
import { formatDato } from "../../lib/format.ts";
import { dagenEtter } from "../../lib/utsettelse.ts";
import { Heading, Link, Paragraph } from "../ds.ts";
import { FakturaTags } from "../fakturaer/faktura-tags.tsx";
import { PageFrame } from "../page-frame.tsx";
import { Unavailable } from "../unavailable.tsx";
import { AvdragForm } from "./avdrag-form.tsx";
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
  /** Made at render, one per form: the service keeps one answer per invoice and key. */
  idempotencyKeys: { utsettelse: string; avdrag: string };
  locale: Locale;
  t: Translate;
}

/** The invoice page: status, what to pay with (to copy), amounts, PDF, history, contacts, betalingsutsettelse, avdrag. */
export function FakturaView({ faktura, idempotencyKeys, locale, t }: FakturaViewProps) {
  if (!faktura) {
    return (
      <PageFrame heading={t("fakturaer.heading")}>
        <Unavailable message={t("fakturaer.unavailable")} />
      </PageFrame>
    );
  }
  const tilstand = fakturaTilstand(faktura);
  const { owed } = tilstand;
  const kanBeOm = owed && faktura.kanBetales && !faktura.sendtTilEkstern;
  // Under a running plan the service refuses a betalingsutsettelse or a new plan (HAR_AVDRAGSPLAN): no form to fail.
  const planAktiv = faktura.avdragsplanStatus === "AKTIV";
  const kanBeOmUtsettelse = kanBeOm && !planAktiv;
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
          idempotencyKey={idempotencyKeys.utsettelse}
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
      {kanBeOm && (
        <AvdragForm
          fakturaId={faktura.id}
          idempotencyKey={idempotencyKeys.avdrag}
          planAktiv={planAktiv}
          texts={{
            heading: t("avdrag.heading"),
            intro: t("avdrag.intro"),
            label: t("avdrag.label"),
            hint: t("avdrag.hint", { min: MIN_ANTALL_AVDRAG, maks: MAX_ANTALL_AVDRAG }),
            submit: t("avdrag.submit"),
            innvilget: t("avdrag.innvilget"),
            avslatt: t("avdrag.avslatt"),
            underBehandling: t("avdrag.underBehandling"),
            tilbake: t("utsettelse.tilbake"),
            feil: {
              antallAvdrag: t("avdrag.feil.antallAvdrag", { min: MIN_ANTALL_AVDRAG, maks: MAX_ANTALL_AVDRAG }),
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
