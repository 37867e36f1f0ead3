import type { SakerQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunktDato } from "../../lib/format.ts";
import { listHref, nextCursor } from "../../lib/list-params.ts";
import { Card, Heading, Paragraph, Tag } from "../ds.ts";
import { Pager } from "../list/pager.tsx";
import { PageFrame } from "../page-frame.tsx";
import { StepUpNote } from "../step-up.tsx";
import { Unavailable } from "../unavailable.tsx";

type Mapper = NonNullable<SakerQuery["meg"]>["mapper"];

/** The Saker page: each case folder with its current milestone, linking to its timeline. */
export function SakerView({
  mapper,
  after,
  niva,
  locale,
  t,
}: {
  /** Null when Innsyn did not answer. */
  mapper: Mapper | null;
  after: string | undefined;
  niva: 3 | 4;
  locale: Locale;
  t: Translate;
}) {
  return (
    <PageFrame heading={t("saker.heading")}>
      {mapper === null ? (
        <Unavailable message={t("saker.unavailable")} />
      ) : (
        <>
          {niva === 3 && mapper.treffMedHoyereInnloggingsniva > 0 && (
            <StepUpNote
              message={t("saker.higherLevel", { antall: mapper.treffMedHoyereInnloggingsniva })}
              tilbake="/saker"
              t={t}
            />
          )}
          {mapper.nodes.length === 0 ? (
            <Paragraph>{t("saker.empty")}</Paragraph>
          ) : (
            <ul className="app-list">
              {mapper.nodes.map((mappe) => {
                const titleId = `sak-${mappe.meldingId}`;
                return (
                  <li key={mappe.meldingId}>
                    <Card asChild>
                      <article aria-labelledby={titleId} className="app-stack" data-testid="sak">
                        <Heading level={2} data-size="xs" id={titleId}>
                          <a href={`/saker/${mappe.meldingId}`}>{mappe.tittel}</a>
                        </Heading>
                        <Paragraph data-size="sm">
                          {mappe.kommune.navn}
                          {mappe.mappeId && ` · ${t("saker.saksnummer", { nummer: mappe.mappeId })}`}
                        </Paragraph>
                        <div className="app-row">
                          <Tag data-color={mappe.avsluttet ? "neutral" : "info"} data-size="sm">
                            {mappe.avsluttet
                              ? t("saker.avsluttet")
                              : (mappe.navaerendeMilepel?.navn ?? t("saker.apen"))}
                          </Tag>
                        </div>
                        <Paragraph data-size="sm">
                          {t("saker.oppdatert", {
                            dato: formatTidspunktDato(mappe.sistOppdatert ?? mappe.sorteringDato, locale),
                          })}
                        </Paragraph>
                      </article>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )}
          <Pager
            paging={{
              href: (cursor) => listHref("/saker", { after: cursor }),
              after,
              endCursor: nextCursor(mapper.pageInfo),
            }}
            t={t}
          />
        </>
      )}
    </PageFrame>
  );
}
