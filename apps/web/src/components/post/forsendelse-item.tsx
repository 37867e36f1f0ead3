import { markerForsendelse } from "../../app/post/actions.ts";
import type { PostQuery } from "../../generated/graphql.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatTidspunktDato } from "../../lib/format.ts";
import { Button, Card, Heading, Paragraph } from "../ds.ts";
import { BrevTags } from "./brev-tags.tsx";
import { senderName } from "./sender-name.ts";

/** One letter as the Post query returns it. */
export type ForsendelseNode = NonNullable<PostQuery["meg"]>["forsendelser"]["nodes"][number];

/**
 * A letter in the inbox: a checkbox for the bulk form, the title linking to the letter's page,
 * sender, date, documents, and a form to mark it read or unread.
 */
export function ForsendelseItem({
  forsendelse,
  bulkForm,
  locale,
  t,
}: {
  forsendelse: ForsendelseNode;
  /** The id of the bulk form the checkbox belongs to. */
  bulkForm: string;
  locale: Locale;
  t: Translate;
}) {
  const titleId = `forsendelse-${forsendelse.meldingId}`;
  const checkboxId = `velg-${forsendelse.meldingId}`;
  return (
    <li>
      <Card asChild>
        <article aria-labelledby={titleId} className="app-stack" data-testid="forsendelse">
          <div className="app-row">
            <input
              type="checkbox"
              className="ds-input"
              id={checkboxId}
              name="meldingId"
              value={forsendelse.meldingId}
              form={bulkForm}
            />
            <label htmlFor={checkboxId} className="app-sr-only">
              {t("post.velg", { tittel: forsendelse.tittel })}
            </label>
            <Heading level={2} data-size="xs" id={titleId}>
              <a href={`/post/${forsendelse.meldingId}`}>
                {forsendelse.lest ? forsendelse.tittel : <strong>{forsendelse.tittel}</strong>}
              </a>
            </Heading>
            <BrevTags lest={forsendelse.lest} arkivert={forsendelse.arkivert} t={t} />
          </div>
          <Paragraph data-size="sm">
            {t("letters.sent", {
              avsender: senderName(forsendelse.avsender, forsendelse.kommune.navn),
              dato: formatTidspunktDato(forsendelse.sendtDato, locale),
            })}
          </Paragraph>
          {forsendelse.dokumenter.length > 0 && (
            <Paragraph data-size="sm">
              {t("post.dokumenter", { titler: forsendelse.dokumenter.map((d) => d.tittel).join(", ") })}
            </Paragraph>
          )}
          <form action={markerForsendelse}>
            <input type="hidden" name="meldingId" value={forsendelse.meldingId} />
            <input type="hidden" name="lest" value={forsendelse.lest ? "false" : "true"} />
            <Button type="submit" variant="tertiary" data-size="sm" aria-describedby={titleId}>
              {t(forsendelse.lest ? "post.markerUlest" : "post.markerLest")}
            </Button>
          </form>
        </article>
      </Card>
    </li>
  );
}
