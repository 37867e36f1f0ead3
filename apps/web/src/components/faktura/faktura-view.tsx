import type { FakturaQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { safeExternalUrl } from "../../lib/dokument-lenke.ts";
import { formatDato, formatKroner } from "../../lib/format.ts";
import { isOverdue } from "../../lib/oppgave-view.ts";
import { dagenEtter } from "../../lib/utsettelse.ts";
import { Unavailable } from "../dashboard/section.tsx";
import { Heading, Link, Paragraph, Tag } from "../ds.ts";
import { FAKTURA_STATUS_COLOR } from "../fakturaer/faktura-status.ts";
import { Betaling } from "./betaling.tsx";
import { FakturaHistorikk } from "./faktura-historikk.tsx";
import { Kontaktinfo } from "./kontaktinfo.tsx";
import { UtsettelseForm } from "./utsettelse-form.tsx";

/** An invoice as the Faktura query returns it. */
export type FakturaDetalj = NonNullable<NonNullable<FakturaQuery["meg"]>["faktura"]>;

interface FakturaViewProps {
  /** Null when the Faktura service did not answer. */
  faktura: FakturaDetalj | null;
  idempotencyKey: string;
  today: string;
  locale: Locale;
  t: Translate;
}

/** The invoice page: status, what to pay with (to copy), amounts, PDF, history, contacts, betalingsutsettelse. */
export function FakturaView({ faktura, idempotencyKey, today, locale, t }: FakturaViewProps) {
  if (!faktura) {
    return (
      <div className="app-stack">
        <Heading level={1} data-size="xl">
          {t("fakturaer.heading")}
        </Heading>
        <Unavailable message={t("fakturaer.unavailable")} />
      </div>
    );
  }
  const owed = faktura.utestaendeBelop > 0 && faktura.status !== "BETALT";
  const overdue = owed && isOverdue(faktura.forfallDato, today);
  const pdf = safeExternalUrl(faktura.faktura?.url);
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
      <div className="app-row">
        <Tag data-color={FAKTURA_STATUS_COLOR[faktura.status]} data-size="sm">
          {t(`fakturaStatus.${faktura.status}`)}
        </Tag>
        {overdue && (
          <Tag data-color="danger" data-size="sm">
            {t("fakturaer.overdueTag")}
          </Tag>
        )}
      </div>
      {faktura.beskrivelse && <Paragraph>{faktura.beskrivelse}</Paragraph>}
      {ekstern && (
        <Paragraph>
          <Link href={ekstern} data-testid="inkasso-lenke">
            {faktura.eksternLenke?.tittel ?? t("faktura.inkassoLenke")}
          </Link>
        </Paragraph>
      )}
      {owed && faktura.kanBetales && <Betaling faktura={faktura} locale={locale} t={t} />}
      <section aria-labelledby="faktura-belop" className="app-stack">
        <Heading level={2} data-size="sm" id="faktura-belop">
          {t("faktura.belop")}
        </Heading>
        <dl className="app-meta">
          <dt>{t("fakturaer.felt.forfall")}</dt>
          <dd className={overdue ? "app-overdue" : undefined}>{formatDato(faktura.forfallDato, locale)}</dd>
          <dt>{t("faktura.fakturaDato")}</dt>
          <dd>{formatDato(faktura.fakturaDato, locale)}</dd>
          <dt>{t("faktura.belopFelt")}</dt>
          <dd>{formatKroner(faktura.belop, locale)}</dd>
          {faktura.gebyr > 0 && (
            <>
              <dt>{t("faktura.gebyr")}</dt>
              <dd>{formatKroner(faktura.gebyr, locale)}</dd>
            </>
          )}
          {faktura.renter > 0 && (
            <>
              <dt>{t("faktura.renter")}</dt>
              <dd>{formatKroner(faktura.renter, locale)}</dd>
            </>
          )}
          {faktura.andreOmkostninger > 0 && (
            <>
              <dt>{t("faktura.andreOmkostninger")}</dt>
              <dd>{formatKroner(faktura.andreOmkostninger, locale)}</dd>
            </>
          )}
          <dt>{t("fakturaer.felt.totalbelop")}</dt>
          <dd>{formatKroner(faktura.totalbelop, locale)}</dd>
          {faktura.innbetaltBelop > 0 && (
            <>
              <dt>{t("faktura.innbetalt")}</dt>
              <dd>{formatKroner(faktura.innbetaltBelop, locale)}</dd>
            </>
          )}
          {faktura.kreditertBelop > 0 && (
            <>
              <dt>{t("faktura.kreditert")}</dt>
              <dd>{formatKroner(faktura.kreditertBelop, locale)}</dd>
            </>
          )}
          <dt>{t("fakturaer.felt.utestaende")}</dt>
          <dd>
            <strong>{formatKroner(faktura.utestaendeBelop, locale)}</strong>
          </dd>
          {faktura.fakturanummer && (
            <>
              <dt>{t("fakturaer.felt.fakturanummer")}</dt>
              <dd>{faktura.fakturanummer}</dd>
            </>
          )}
        </dl>
        {pdf && (
          <Paragraph>
            <Link href={pdf} data-testid="faktura-pdf">
              {t("faktura.pdf")}
            </Link>
          </Paragraph>
        )}
      </section>
      {owed && faktura.kanBetales && !faktura.sendtTilEkstern && (
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
