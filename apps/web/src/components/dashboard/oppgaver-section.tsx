import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatDato } from "../../lib/format.ts";
import { Button, Paragraph } from "../ds.ts";
import { Section, Unavailable } from "./section.tsx";
import type { OppgaverPart } from "./types.ts";

interface OppgaverProps {
  /** Null when the Oppgave subgraph could not answer. */
  oppgaver: OppgaverPart | null;
  locale: Locale;
  t: Translate;
}

/** Only http(s) task links become buttons; anything else from a fagsystem is not followed. */
function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Open tasks with their deadline and a button to where each is done. */
export function OppgaverSection({ oppgaver, locale, t }: OppgaverProps) {
  return (
    <Section id="oppgaver" heading={t("oppgaver.heading")}>
      {oppgaver === null ? (
        <Unavailable message={t("oppgaver.unavailable")} />
      ) : oppgaver.nodes.length === 0 ? (
        <Paragraph>{t("oppgaver.empty")}</Paragraph>
      ) : (
        <ul className="app-list">
          {oppgaver.nodes.map((oppgave) => {
            const titleId = `oppgave-${oppgave.id}`;
            const url = safeUrl(oppgave.url);
            return (
              <li key={oppgave.id}>
                <Paragraph id={titleId}>
                  <strong>{oppgave.tittel}</strong>
                </Paragraph>
                <Paragraph data-size="sm">
                  {oppgave.frist
                    ? t("oppgaver.frist", { dato: formatDato(oppgave.frist, locale) })
                    : t("oppgaver.ingenFrist")}
                </Paragraph>
                {url && (
                  <div>
                    {/* The button text comes from the fagsystem ("Gi samtykke"); the title tells tasks apart. */}
                    <Button asChild variant="secondary" data-size="sm">
                      <a href={url} aria-describedby={titleId}>
                        {oppgave.handling}
                      </a>
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
