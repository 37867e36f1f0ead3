import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { listHref } from "../../lib/list-params.ts";
import { Paragraph } from "../ds.ts";
import { FilterTabs } from "../list/filter-tabs.tsx";
import { PagedList } from "../list/paged-list.tsx";
import { PageFrame } from "../page-frame.tsx";
import { StepUpNote } from "../step-up.tsx";
import { Unavailable } from "../unavailable.tsx";
import { BULK_FORM_ID, BulkActions } from "./bulk-actions.tsx";
import { ForsendelseItem, type ForsendelseNode } from "./forsendelse-item.tsx";
import { type MarkeringUtfall, StatusMessage } from "./status-message.tsx";

/** The Post page's views: the inbox, only the unread, or the archive. */
export const POST_VIS = ["alle", "uleste", "arkiverte"] as const;
export type PostVis = (typeof POST_VIS)[number];

/** One page of letters, or null when Innsyn did not answer. */
export interface PostPage {
  antallUleste: number;
  nodes: readonly ForsendelseNode[];
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
  endCursor: string | null;
}

interface PostViewProps {
  vis: PostVis;
  after: string | undefined;
  page: PostPage | null;
  /** The outcome of a marking the browser was redirected here after, if any. */
  status: MarkeringUtfall | undefined;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

const href = (vis: PostVis, after?: string) => listHref("/post", { vis, after }, { vis: "alle" });

/** The inbox: unread count, views, bulk actions on the checked letters, the letters, paging. */
export function PostView({ vis, after, page, status, niva, locale, t }: PostViewProps) {
  return (
    <PageFrame heading={t("letters.heading")}>
      <StatusMessage status={status} t={t} />
      {page === null ? (
        <Unavailable message={t("letters.unavailable")} />
      ) : (
        <>
          <Paragraph data-size="lg">
            <strong>{t("letters.unread", { antall: page.antallUleste })}</strong>
          </Paragraph>
          {page.treffMedHoyereInnloggingsniva > 0 && niva === 3 && (
            <StepUpNote
              message={t("letters.higherLevel", { antall: page.treffMedHoyereInnloggingsniva })}
              tilbake={href(vis)}
              t={t}
            />
          )}
          <FilterTabs
            label={t("post.filterLabel")}
            views={POST_VIS}
            current={vis}
            href={(view) => href(view)}
            text={(view) => t(`post.vis.${view}`)}
          />
          <PagedList
            nodes={page.nodes}
            empty={t(`post.tom.${vis}`)}
            intro={<BulkActions arkiv={vis === "arkiverte"} t={t} />}
            item={(forsendelse) => (
              <ForsendelseItem
                key={forsendelse.meldingId}
                forsendelse={forsendelse}
                bulkForm={BULK_FORM_ID}
                locale={locale}
                t={t}
              />
            )}
            paging={{ href: (cursor) => href(vis, cursor), after, endCursor: page.endCursor }}
            t={t}
          />
        </>
      )}
    </PageFrame>
  );
}
