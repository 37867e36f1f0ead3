import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { isOverdue, osloToday, safeTaskUrl } from "../../lib/oppgave-view.ts";
import { Button, Paragraph, Tag } from "../ds.ts";
import { OppgaveFrist } from "../oppgaver/oppgave-frist.tsx";
import { Unavailable } from "../unavailable.tsx";
import { Section } from "./section.tsx";
import type { OppgaverPart } from "./types.ts";

interface OppgaverProps {
  /** Null when the Oppgave subgraph could not answer. */
  oppgaver: OppgaverPart | null;
  locale: Locale;
  t: Translate;
}

/** Open tasks with their deadline and a button to where each is done. */
export function OppgaverSection({ oppgaver, locale, t }: OppgaverProps) {
  const today = osloToday();
  return (
    <Section id="oppgaver" heading={t("oppgaver.heading")} more={{ href: "/oppgaver", label: t("oppgaver.seAlle") }}>
      {oppgaver === null ? (
        <Unavailable message={t("oppgaver.unavailable")} />
      ) : oppgaver.nodes.length === 0 ? (
        <Paragraph>{t("oppgaver.empty")}</Paragraph>
      ) : (
        <ul className="app-list">
          {oppgaver.nodes.map((oppgave) => {
            const titleId = `oppgave-${oppgave.id}`;
            const url = safeTaskUrl(oppgave.url);
            const overdue = isOverdue(oppgave.frist, today);
            return (
              <li key={oppgave.id}>
                <Paragraph id={titleId}>
                  <strong>{oppgave.tittel}</strong>
                </Paragraph>
                <OppgaveFrist frist={oppgave.frist} overdue={overdue} locale={locale} t={t} />
                {overdue && (
                  <div>
                    <Tag data-color="danger" data-size="sm">
                      {t("oppgaver.overdueTag")}
                    </Tag>
                  </div>
                )}
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
