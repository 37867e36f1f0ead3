import type { OppgaverQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunkt } from "../../lib/format.ts";
import { isOverdue, oppgaveState, safeTaskUrl } from "../../lib/oppgave-view.ts";
import { Button, Card, Heading, Paragraph, Tag } from "../ds.ts";
import { OppgaveFrist } from "./oppgave-frist.tsx";

/** One task as the Oppgaver query returns it. */
export type OppgaveNode = NonNullable<OppgaverQuery["meg"]>["oppgaver"]["nodes"][number];

const STATE_COLOR = {
  apen: "info",
  fullfortAvDeg: "success",
  venterPaAndre: "success",
  fullfortAvAnnen: "neutral",
} as const;

/**
 * A task: title, municipality, description, deadline (overdue said in words and a tag, not by
 * colour alone), the citizen's status, and for open tasks the fagsystem's action button.
 */
export function OppgaveItem({
  oppgave,
  today,
  locale,
  t,
}: {
  oppgave: OppgaveNode;
  today: string;
  locale: Locale;
  t: Translate;
}) {
  const titleId = `oppgave-${oppgave.id}`;
  const state = oppgaveState(oppgave);
  const overdue = state === "apen" && isOverdue(oppgave.frist, today);
  const url = state === "apen" ? safeTaskUrl(oppgave.url) : null;
  return (
    <li>
      <Card asChild data-color={overdue ? "danger" : "neutral"}>
        <article
          aria-labelledby={titleId}
          className="app-stack"
          data-testid="oppgave"
          data-frist={oppgave.frist ?? undefined}
        >
          <Heading level={2} data-size="xs" id={titleId}>
            {oppgave.tittel}
          </Heading>
          <Paragraph data-size="sm">{oppgave.kommune.navn}</Paragraph>
          {oppgave.beskrivelse && <Paragraph>{oppgave.beskrivelse}</Paragraph>}
          <div className="app-row">
            <Tag data-color={STATE_COLOR[state]} data-size="sm">
              {t(`oppgaver.state.${state}`)}
            </Tag>
            {overdue && (
              <Tag data-color="danger" data-size="sm">
                {t("oppgaver.overdueTag")}
              </Tag>
            )}
          </div>
          <OppgaveFrist frist={oppgave.frist} overdue={overdue} locale={locale} t={t} />
          {state === "fullfortAvAnnen" && (
            <Paragraph data-size="sm">
              {oppgave.fullfortAvAnnenMottaker
                ? t("oppgaver.fullfortAvAnnenTid", {
                    tidspunkt: formatTidspunkt(oppgave.fullfortAvAnnenMottaker, locale),
                  })
                : t("oppgaver.fullfortAvAnnenForklaring")}
            </Paragraph>
          )}
          {state === "venterPaAndre" && <Paragraph data-size="sm">{t("oppgaver.venterPaAndreForklaring")}</Paragraph>}
          {state === "fullfortAvDeg" && oppgave.fullfortTidspunkt && (
            <Paragraph data-size="sm">
              {t("oppgaver.fullfortTid", { tidspunkt: formatTidspunkt(oppgave.fullfortTidspunkt, locale) })}
            </Paragraph>
          )}
          {url && (
            <div>
              {/* The button text comes from the fagsystem ("Gi samtykke"); the title tells tasks apart. */}
              <Button asChild variant="primary">
                <a href={url} aria-describedby={titleId}>
                  {oppgave.handling}
                </a>
              </Button>
            </div>
          )}
        </article>
      </Card>
    </li>
  );
}
