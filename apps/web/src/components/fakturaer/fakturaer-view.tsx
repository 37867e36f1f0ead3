import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { listHref } from "../../lib/list-params.ts";
import { Alert, Paragraph } from "../ds.ts";
import { FilterTabs } from "../list/filter-tabs.tsx";
import { PagedList } from "../list/paged-list.tsx";
import { PageFrame } from "../page-frame.tsx";
import { Unavailable } from "../unavailable.tsx";
import { FakturaItem, type FakturaNode } from "./faktura-item.tsx";
import { type FakturaOversikt, FakturaTotaler } from "./faktura-totaler.tsx";

/** The Fakturaer page's views: unpaid invoices, the paid (and settled) ones, or all. */
export const FAKTURA_VIS = ["ubetalte", "betalte", "alle"] as const;
export type FakturaVis = (typeof FAKTURA_VIS)[number];

/** The `ubetalt` filter of each view. */
export const UBETALT_FILTER: Record<FakturaVis, boolean | undefined> = {
  ubetalte: true,
  betalte: false,
  alle: undefined,
};

/** The page's data, or null when the Faktura service did not answer. */
export interface FakturaerPage {
  oversikt: FakturaOversikt;
  nodes: readonly FakturaNode[];
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
  endCursor: string | null;
}

interface FakturaerViewProps {
  vis: FakturaVis;
  after: string | undefined;
  page: FakturaerPage | null;
  locale: Locale;
  t: Translate;
}

const href = (vis: FakturaVis, after?: string) => listHref("/fakturaer", { vis, after }, { vis: "ubetalte" });

/** The Fakturaer page: totals (sum owed, overdue count), then the chosen list with paging. */
export function FakturaerView({ vis, after, page, locale, t }: FakturaerViewProps) {
  return (
    <PageFrame heading={t("fakturaer.heading")}>
      {page === null ? (
        <Unavailable message={t("fakturaer.unavailable")} />
      ) : (
        <>
          <FakturaTotaler oversikt={page.oversikt} locale={locale} t={t} />
          {page.treffMedHoyereInnloggingsniva > 0 && (
            <Alert data-color="info">
              <Paragraph>{t("fakturaer.higherLevel", { antall: page.treffMedHoyereInnloggingsniva })}</Paragraph>
            </Alert>
          )}
          <FilterTabs
            label={t("fakturaer.filterLabel")}
            views={FAKTURA_VIS}
            current={vis}
            href={(view) => href(view)}
            text={(view) => t(`fakturaer.vis.${view}`)}
          />
          <PagedList
            nodes={page.nodes}
            empty={t(`fakturaer.tom.${vis}`)}
            intro={<Paragraph data-size="sm">{t("fakturaer.antallIListen", { antall: page.totalCount })}</Paragraph>}
            item={(faktura) => <FakturaItem key={faktura.id} faktura={faktura} locale={locale} t={t} />}
            paging={{ href: (cursor) => href(vis, cursor), after, endCursor: page.endCursor }}
            t={t}
          />
        </>
      )}
    </PageFrame>
  );
}
