import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunktDato } from "../../lib/format.ts";
import { Heading, Paragraph, Tag } from "../ds.ts";
import { StepUpNote } from "../step-up.tsx";
import { Unavailable } from "../unavailable.tsx";
import { Section } from "./section.tsx";
import type { BrevPart } from "./types.ts";

interface LettersProps {
  /** Null when Innsyn could not answer. */
  brev: BrevPart | null;
  locale: Locale;
  t: Translate;
}

/** The sender as SvarUt names it, with the municipality in front when the name does not say it. */
function senderName(avsender: string, kommune: string): string {
  return avsender.includes(kommune) ? avsender : `${kommune}, ${avsender}`;
}

/** "Post fra kommunen": unread count, the newest letters, and a note about letters that need level 4. */
export function LettersSection({ brev, locale, t }: LettersProps) {
  return (
    <Section id="brev" heading={t("letters.heading")} more={{ href: "/post", label: t("post.seAlle") }}>
      {brev === null ? (
        <Unavailable message={t("letters.unavailable")} />
      ) : (
        <>
          <Paragraph data-size="lg">
            <strong>{t("letters.unread", { antall: brev.antallUlesteForsendelser })}</strong>
          </Paragraph>
          {brev.forsendelser.treffMedHoyereInnloggingsniva > 0 && (
            <StepUpNote
              message={t("letters.higherLevel", { antall: brev.forsendelser.treffMedHoyereInnloggingsniva })}
              tilbake="/post"
              t={t}
            />
          )}
          {brev.forsendelser.nodes.length === 0 ? (
            <Paragraph>{t("letters.empty")}</Paragraph>
          ) : (
            <>
              <Heading level={3} data-size="xs">
                {t("letters.newest")}
              </Heading>
              <ul className="app-list">
                {brev.forsendelser.nodes.map((forsendelse) => (
                  <li key={forsendelse.meldingId}>
                    <Paragraph className="app-row">
                      <a href={`/post/${forsendelse.meldingId}`}>
                        {forsendelse.lest ? forsendelse.tittel : <strong>{forsendelse.tittel}</strong>}
                      </a>
                      {!forsendelse.lest && (
                        <Tag data-color="info" data-size="sm">
                          {t("letters.unreadTag")}
                        </Tag>
                      )}
                    </Paragraph>
                    <Paragraph data-size="sm">
                      {t("letters.sent", {
                        avsender: senderName(forsendelse.avsender, forsendelse.kommune.navn),
                        dato: formatTidspunktDato(forsendelse.sendtDato, locale),
                      })}
                    </Paragraph>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  );
}
