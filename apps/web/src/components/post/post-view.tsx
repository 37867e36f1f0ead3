import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { listHref } from "../../lib/list-params.ts";
import type { MarkeringStatus } from "../../lib/post-markering.ts";
import { Unavailable } from "../dashboard/section.tsx";
import { Alert, Heading, Paragraph } from "../ds.ts";
import { FilterTabs } from "../list/filter-tabs.tsx";
import { Pager } from "../list/pager.tsx";
import { StepUpNote } from "../step-up.tsx";
import { BULK_FORM_ID, BulkActions } from "./bulk-actions.tsx";
import { ForsendelseItem, type ForsendelseNode } from "./forsendelse-item.tsx";

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
  /** The outcome of a marking the browser was redirected here after, if any, and how many letters it changed. */
  status: { status: MarkeringStatus; antall?: number } | undefined;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}

const href = (vis: PostVis, after?: string) => listHref("/post", { vis, after }, { vis: "alle" });

/** The outcome of a form post, as the page announces it. */
export function StatusMessage({ status, t }: { status: PostViewProps["status"]; t: Translate }) {
  if (!status) return null;
  const text =
    status.antall !== undefined && status.status !== "feil" && status.status !== "ingenValgt"
      ? t(`post.statusFlere.${status.status}`, { antall: status.antall })
      : t(`post.status.${status.status}`);
  const color = status.status === "feil" ? "danger" : status.status === "ingenValgt" ? "warning" : "success";
  return (
    <Alert data-color={color} role="status">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

/** The inbox: unread count, views, bulk actions on the checked letters, the letters, paging. */
export function PostView({ vis, after, page, status, niva, locale, t }: PostViewProps) {
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("letters.heading")}
      </Heading>
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
            tabs={POST_VIS.map((option) => ({
              href: href(option),
              label: t(`post.vis.${option}`),
              current: option === vis,
            }))}
          />
          {page.nodes.length === 0 ? (
            <Paragraph>{t(`post.tom.${vis}`)}</Paragraph>
          ) : (
            <>
              <BulkActions arkiv={vis === "arkiverte"} t={t} />
              <ul className="app-list">
                {page.nodes.map((forsendelse) => (
                  <ForsendelseItem
                    key={forsendelse.meldingId}
                    forsendelse={forsendelse}
                    bulkForm={BULK_FORM_ID}
                    locale={locale}
                    t={t}
                  />
                ))}
              </ul>
              <Pager
                nextHref={page.endCursor ? href(vis, page.endCursor) : null}
                firstHref={after ? href(vis) : null}
                t={t}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
