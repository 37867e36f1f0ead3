import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { listHref } from "../../lib/list-params.ts";
import { Paragraph } from "../ds.ts";
import { FilterTabs } from "../list/filter-tabs.tsx";
import { PagedList } from "../list/paged-list.tsx";
import { PageFrame } from "../page-frame.tsx";
import { Unavailable } from "../unavailable.tsx";
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
    <PageFrame heading={t("oppgaver.heading")}>
      <FilterTabs
        label={t("oppgaver.filterLabel")}
        views={OPPGAVE_VIS}
        current={vis}
        href={(view) => href(view)}
        text={(view) => t(`oppgaver.vis.${view}`)}
      />
      {page === null ? (
        <Unavailable message={t("oppgaver.unavailable")} />
      ) : (
        <PagedList
          nodes={page.nodes}
          empty={t(vis === "apne" ? "oppgaver.empty" : "oppgaver.emptyDone")}
          intro={<Paragraph data-size="sm">{t(`oppgaver.antall.${vis}`, { antall: page.totalCount })}</Paragraph>}
          item={(oppgave) => <OppgaveItem key={oppgave.id} oppgave={oppgave} today={today} locale={locale} t={t} />}
          paging={{ href: (cursor) => href(vis, cursor), after, endCursor: page.endCursor }}
          t={t}
        />
      )}
    </PageFrame>
  );
}
