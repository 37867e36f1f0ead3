import type { Locale } from "../../i18n/locales.ts";
import { formatTidspunktDato } from "../../lib/format.ts";
import { meldingHref } from "../../lib/melding-href.ts";
import { Paragraph } from "../ds.ts";
import type { Sokeresultat } from "./sok-view.tsx";

/**
 * The matching passage: Innsyn sends it in parts, and the parts that matched become <mark>.
 * Everything is text to React, so markup in a title can never become HTML here.
 */
export function Utheving({ deler }: { deler: Sokeresultat["treff"][number]["utheving"] }) {
  return (
    <>
      {deler.map((del, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence; their position is their identity.
        del.treff ? <mark key={index}>{del.tekst}</mark> : <span key={index}>{del.tekst}</span>,
      )}
    </>
  );
}

/** One hit: the title (a link where the app has a page for it), where it is from, and the passage. */
export function SokTreff({ treff, locale }: { treff: Sokeresultat["treff"][number]; locale: Locale }) {
  const { melding } = treff;
  const href = meldingHref(melding.type, melding.meldingId);
  return (
    <li data-testid="sok-treff">
      <Paragraph>
        <strong>{href ? <a href={href}>{melding.tittel}</a> : melding.tittel}</strong>
      </Paragraph>
      <Paragraph data-size="sm">
        {melding.kommune.navn} · {formatTidspunktDato(melding.sorteringDato, locale)}
      </Paragraph>
      {treff.utheving.length > 0 && (
        <Paragraph data-size="sm" data-testid="utheving">
          <Utheving deler={treff.utheving} />
        </Paragraph>
      )}
    </li>
  );
}
