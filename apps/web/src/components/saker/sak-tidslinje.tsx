import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { dokumentHref, dokumentId, safeExternalUrl } from "../../lib/dokument-lenke.ts";
import { formatTidspunktDato } from "../../lib/format.ts";
import type { Hendelse } from "../../lib/sak-tidslinje.ts";
import { Heading, Link, Paragraph, Tag } from "../ds.ts";

/** A journalpost document as the Sak query returns it. */
interface Dokument {
  tittel: string;
  filnavn: string;
  mimeType: string;
  lenke: string | null;
}

/** A journalpost's document: open and save links when Innsyn stores it, else its name alone. */
function DokumentLenker({ dokument, t }: { dokument: Dokument; t: Translate }) {
  const id = dokumentId(dokument.lenke);
  const ekstern = id ? null : safeExternalUrl(dokument.lenke);
  return (
    <li>
      <span>{dokument.tittel}</span>
      {id && (
        <>
          {" – "}
          <Link href={dokumentHref(id)}>{t("brev.apne")}</Link>
          {" · "}
          <Link href={dokumentHref(id, true)} download>
            {t("brev.lastNed")}
          </Link>
        </>
      )}
      {ekstern && (
        <>
          {" – "}
          <Link href={ekstern}>{t("brev.apne")}</Link>
        </>
      )}
      {!id && !ekstern && ` (${t("sak.ikkeDigitalt")})`}
    </li>
  );
}

/**
 * The case's timeline as an ordered list (oldest first): each entry has its date in a <time>,
 * what kind of entry it is in words, and for journalposter their documents.
 */
export function SakTidslinje({
  hendelser,
  locale,
  t,
}: {
  hendelser: readonly Hendelse<Dokument>[];
  locale: Locale;
  t: Translate;
}) {
  if (hendelser.length === 0) return <Paragraph>{t("sak.tomTidslinje")}</Paragraph>;
  return (
    <ol className="app-timeline" data-testid="tidslinje">
      {hendelser.map((hendelse, index) => {
        const headingId = `hendelse-${index}`;
        const dato = <time dateTime={hendelse.tidspunkt}>{formatTidspunktDato(hendelse.tidspunkt, locale)}</time>;
        if (hendelse.type === "milepel") {
          const { milepel } = hendelse;
          return (
            <li key={headingId} data-type="milepel">
              <Paragraph data-size="sm">
                {dato} · {t("sak.milepel")}
              </Paragraph>
              <Heading level={3} data-size="xs" id={headingId}>
                {milepel.navn}
              </Heading>
              {hendelse.navaerende && (
                <div>
                  <Tag data-color="info" data-size="sm">
                    {t("sak.navaerende")}
                  </Tag>
                </div>
              )}
              {milepel.beskrivelse && <Paragraph>{milepel.beskrivelse}</Paragraph>}
            </li>
          );
        }
        const { journalpost } = hendelse;
        return (
          <li key={journalpost.meldingId} data-type="journalpost">
            <Paragraph data-size="sm">
              {dato} · {t(journalposttypeKey(journalpost.journalposttype))}
            </Paragraph>
            <Heading level={3} data-size="xs" id={headingId}>
              {journalpost.tittel}
            </Heading>
            {journalpost.beskrivelse && <Paragraph>{journalpost.beskrivelse}</Paragraph>}
            {journalpost.dokumenter.length > 0 && (
              <ul className="app-documents">
                {journalpost.dokumenter.map((dokument) => (
                  <DokumentLenker key={`${dokument.filnavn}-${dokument.tittel}`} dokument={dokument} t={t} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The Noark journalpost types in words: inngående, utgående, notat (N and X), saksframlegg. */
function journalposttypeKey(type: string) {
  switch (type) {
    case "I":
      return "sak.journalpost.I" as const;
    case "U":
      return "sak.journalpost.U" as const;
    case "S":
      return "sak.journalpost.S" as const;
    default:
      return "sak.journalpost.N" as const;
  }
}
