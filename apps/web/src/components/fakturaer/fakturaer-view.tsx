import type { FakturaerQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatKroner } from "../../lib/format.ts";
import { listHref } from "../../lib/list-params.ts";
import { Unavailable } from "../dashboard/section.tsx";
import { Alert, Heading, Paragraph } from "../ds.ts";
import { FilterTabs } from "../list/filter-tabs.tsx";
import { Pager } from "../list/pager.tsx";
import { FakturaItem, type FakturaNode } from "./faktura-item.tsx";

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
  oversikt: NonNullable<FakturaerQuery["meg"]>["fakturaOversikt"];
  nodes: readonly FakturaNode[];
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
  endCursor: string | null;
}

interface FakturaerViewProps {
  vis: FakturaVis;
  after: string | undefined;
  page: FakturaerPage | null;
  today: string;
  locale: Locale;
  t: Translate;
}

const href = (vis: FakturaVis, after?: string) => listHref("/fakturaer", { vis, after }, { vis: "ubetalte" });

/** The Fakturaer page: totals (sum owed, overdue count), then the chosen list with paging. */
export function FakturaerView({ vis, after, page, today, locale, t }: FakturaerViewProps) {
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("fakturaer.heading")}
      </Heading>
      {page === null ? (
        <Unavailable message={t("fakturaer.unavailable")} />
      ) : (
        <>
          <dl className="app-totals" data-testid="faktura-totaler">
            <div>
              <dt>{t("fakturaer.total.sum")}</dt>
              <dd data-testid="sum-utestaende">{formatKroner(page.oversikt.sumUtestaende, locale)}</dd>
            </div>
            <div>
              <dt>{t("fakturaer.total.ubetalte")}</dt>
              <dd>{page.oversikt.antallUbetalte}</dd>
            </div>
            <div>
              <dt>{t("fakturaer.total.forfalte")}</dt>
              <dd>{page.oversikt.antallForfalte}</dd>
            </div>
          </dl>
          {page.treffMedHoyereInnloggingsniva > 0 && (
            <Alert data-color="info">
              <Paragraph>{t("fakturaer.higherLevel", { antall: page.treffMedHoyereInnloggingsniva })}</Paragraph>
            </Alert>
          )}
          <FilterTabs
            label={t("fakturaer.filterLabel")}
            tabs={FAKTURA_VIS.map((option) => ({
              href: href(option),
              label: t(`fakturaer.vis.${option}`),
              current: option === vis,
            }))}
          />
          {page.nodes.length === 0 ? (
            <Paragraph>{t(`fakturaer.tom.${vis}`)}</Paragraph>
          ) : (
            <>
              <Paragraph data-size="sm">{t("fakturaer.antallIListen", { antall: page.totalCount })}</Paragraph>
              <ul className="app-list">
                {page.nodes.map((faktura) => (
                  <FakturaItem key={faktura.id} faktura={faktura} today={today} locale={locale} t={t} />
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
