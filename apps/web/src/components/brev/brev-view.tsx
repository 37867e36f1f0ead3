import type { BrevQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunkt } from "../../lib/format.ts";
import { Heading, Link, Paragraph } from "../ds.ts";
import { PageFrame } from "../page-frame.tsx";
import { BrevTags } from "../post/brev-tags.tsx";
import { senderName } from "../post/sender-name.ts";
import { type MarkeringUtfall, StatusMessage } from "../post/status-message.tsx";
import { Unavailable } from "../unavailable.tsx";
import { BrevActions } from "./brev-actions.tsx";
import { BrevDokumenter } from "./brev-dokumenter.tsx";

/** A letter as the Brev query returns it. */
export type Brev = Extract<NonNullable<NonNullable<BrevQuery["meg"]>["melding"]>, { __typename: "Forsendelse" }>;

interface BrevViewProps {
  /** Null when Innsyn did not answer. */
  brev: Brev | null;
  /** The outcome of a marking the browser was redirected here after, if any. */
  status: MarkeringUtfall | undefined;
  locale: Locale;
  t: Translate;
}

/** The letter page: title, sender and date, its documents (open or save), links, and its actions. */
export function BrevView({ brev, status, locale, t }: BrevViewProps) {
  if (!brev) {
    return (
      <PageFrame heading={t("letters.heading")}>
        <Unavailable message={t("letters.unavailable")} />
      </PageFrame>
    );
  }
  return (
    <div className="app-stack">
      <Paragraph>
        <Link href="/post">{t("brev.tilbake")}</Link>
      </Paragraph>
      <Heading level={1} data-size="xl">
        {brev.tittel}
      </Heading>
      <StatusMessage status={status} t={t} />
      <div className="app-row">
        <BrevTags lest={brev.lest} arkivert={brev.arkivert} t={t} />
      </div>
      <dl className="app-meta">
        <dt>{t("brev.avsender")}</dt>
        <dd>{senderName(brev.avsender, brev.kommune.navn)}</dd>
        <dt>{t("brev.sendt")}</dt>
        <dd>{formatTidspunkt(brev.sendtDato, locale)}</dd>
      </dl>
      <BrevDokumenter dokumenter={brev.dokumenter} lenker={brev.lenker} t={t} />
      <BrevActions meldingId={brev.meldingId} lest={brev.lest} arkivert={brev.arkivert} t={t} />
    </div>
  );
}
