import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunkt, formatTidspunktDato } from "../../lib/format.ts";
import { meldingHref } from "../../lib/melding-href.ts";
import { Paragraph } from "../ds.ts";
import { StepUpNote } from "../step-up.tsx";
import { Unavailable } from "../unavailable.tsx";
import { Section } from "./section.tsx";
import type { NyttPart } from "./types.ts";

interface NyttProps {
  /** Null when Innsyn could not answer. */
  nytt: NyttPart | null;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

/** "Nytt siden sist": what arrived since the previous login, counted once per login. */
export function NyttSection({ nytt, niva, locale, t }: NyttProps) {
  return (
    <Section id="nytt" heading={t("nytt.heading")}>
      {nytt === null ? (
        <Unavailable message={t("letters.unavailable")} />
      ) : (
        <>
          <Paragraph data-testid="nytt-antall">
            <strong>
              {nytt.sistInnlogget
                ? t("nytt.antallSiden", {
                    antall: nytt.antallTreff,
                    tidspunkt: formatTidspunkt(nytt.sistInnlogget, locale),
                  })
                : t("nytt.antallForste", { antall: nytt.antallTreff })}
            </strong>
          </Paragraph>
          {nytt.meldinger.length > 0 && (
            <ul className="app-list">
              {nytt.meldinger.map((melding) => {
                const href = meldingHref(melding.type, melding.meldingId);
                return (
                  <li key={melding.meldingId}>
                    <Paragraph>{href ? <a href={href}>{melding.tittel}</a> : melding.tittel}</Paragraph>
                    <Paragraph data-size="sm">
                      {t(`meldingType.${melding.type}`)} · {melding.kommune.navn} ·{" "}
                      {formatTidspunktDato(melding.sorteringDato, locale)}
                    </Paragraph>
                  </li>
                );
              })}
            </ul>
          )}
          {niva === 3 && nytt.treffMedHoyereInnloggingsniva > 0 && (
            <StepUpNote
              message={t("nytt.higherLevel", { antall: nytt.treffMedHoyereInnloggingsniva })}
              tilbake="/"
              t={t}
            />
          )}
        </>
      )}
    </Section>
  );
}
