import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { listHref } from "../../lib/list-params.ts";
import { Unavailable } from "../dashboard/section.tsx";
import { Heading, Paragraph } from "../ds.ts";
import { FilterTabs } from "../list/filter-tabs.tsx";
import { Pager } from "../list/pager.tsx";
import { OppgaveItem, type OppgaveNode } from "./oppgave-item.tsx";

/** The Oppgaver page's views: the citizen's open tasks, or the done ones. */
export const OPPGAVE_VIS = ["apne", "fullforte"] as const;
export type OppgaveVis = (typeof OPPGAVE_VIS)[number];

/** One page of tasks, or null when the Oppgave service did not answer. */
export interface OppgaverPage {
  nodes: readonly OppgaveNode[];
  totalCount: number;
  endCursor: string | null;
}

interface OppgaverViewProps {
  vis: OppgaveVis;
  after: string | undefined;
  page: OppgaverPage | null;
  today: string;
  locale: Locale;
  t: Translate;
}

const href = (vis: OppgaveVis, after?: string) => listHref("/oppgaver", { vis, after }, { vis: "apne" });

/** The Oppgaver page: open and done tasks by deadline, with paging. */
export function OppgaverView({ vis, after, page, today, locale, t }: OppgaverViewProps) {
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("oppgaver.heading")}
      </Heading>
      <FilterTabs
        label={t("oppgaver.filterLabel")}
        tabs={OPPGAVE_VIS.map((option) => ({
          href: href(option),
          label: t(`oppgaver.vis.${option}`),
          current: option === vis,
        }))}
      />
      {page === null ? (
        <Unavailable message={t("oppgaver.unavailable")} />
      ) : page.nodes.length === 0 ? (
        <Paragraph>{t(vis === "apne" ? "oppgaver.empty" : "oppgaver.emptyDone")}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t(`oppgaver.antall.${vis}`, { antall: page.totalCount })}</Paragraph>
          <ul className="app-list">
            {page.nodes.map((oppgave) => (
              <OppgaveItem key={oppgave.id} oppgave={oppgave} today={today} locale={locale} t={t} />
            ))}
          </ul>
          <Pager
            nextHref={page.endCursor ? href(vis, page.endCursor) : null}
            firstHref={after ? href(vis) : null}
            t={t}
          />
        </>
      )}
    </div>
  );
}
