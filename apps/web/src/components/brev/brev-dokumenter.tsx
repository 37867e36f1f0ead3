import type { Translate } from "../../i18n/t.ts";
import { dokumentHref, dokumentId, safeExternalUrl } from "../../lib/dokument-lenke.ts";
import { Button, Card, Link, Paragraph } from "../ds.ts";
import { TitledSection } from "../titled-section.tsx";
import type { Brev } from "./brev-view.tsx";

/** A file size the citizen reads: "12 kB", "1,4 MB" (Norwegian decimal comma in nb/nn). */
function storrelse(bytes: number | null, t: Translate): string | null {
  if (bytes === null || bytes <= 0) return null;
  if (bytes < 1024 * 1024) return t("brev.kb", { kb: Math.max(1, Math.round(bytes / 1024)) });
  return t("brev.mb", { mb: (bytes / (1024 * 1024)).toFixed(1).replace(".", t("brev.desimaltegn")) });
}

/** The letter's documents, each with "Åpne" (in the browser) and "Last ned" (save), and its links. */
export function BrevDokumenter({ dokumenter, lenker, t }: Pick<Brev, "dokumenter" | "lenker"> & { t: Translate }) {
  return (
    <TitledSection headingId="brev-dokumenter" heading={t("brev.dokumenter")}>
      {dokumenter.length === 0 ? (
        <Paragraph>{t("brev.ingenDokumenter")}</Paragraph>
      ) : (
        <ul className="app-list">
          {dokumenter.map((dokument, index) => {
            const id = dokumentId(dokument.nedlastingLenke);
            const ekstern = id ? null : safeExternalUrl(dokument.nedlastingLenke);
            const titleId = `dokument-${index}`;
            const size = storrelse(dokument.size, t);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: two documents may share a link and title; their order is fixed.
              <li key={`${dokument.nedlastingLenke}-${index}`}>
                <Card data-testid="dokument">
                  <div className="app-stack">
                    <Paragraph id={titleId}>
                      <strong>{dokument.tittel}</strong>
                    </Paragraph>
                    <Paragraph data-size="sm">
                      {dokument.mimeType === "application/pdf" ? "PDF" : dokument.mimeType}
                      {size && ` · ${size}`}
                    </Paragraph>
                    <div className="app-row">
                      {id && (
                        <>
                          <Button asChild variant="primary" data-size="sm">
                            <a href={dokumentHref(id)} aria-describedby={titleId}>
                              {t("brev.apne")}
                            </a>
                          </Button>
                          <Button asChild variant="secondary" data-size="sm">
                            <a href={dokumentHref(id, true)} aria-describedby={titleId} download>
                              {t("brev.lastNed")}
                            </a>
                          </Button>
                        </>
                      )}
                      {ekstern && (
                        <Button asChild variant="secondary" data-size="sm">
                          <a href={ekstern} aria-describedby={titleId} rel="noopener noreferrer">
                            {t("brev.apne")}
                          </a>
                        </Button>
                      )}
                    </div>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {lenker.length > 0 && (
        <ul className="app-list">
          {lenker.map((lenke) => {
            const url = safeExternalUrl(lenke.url);
            return (
              <li key={lenke.url}>
                {lenke.ledetekst && <Paragraph data-size="sm">{lenke.ledetekst}</Paragraph>}
                <Paragraph>{url ? <Link href={url}>{lenke.urlTekst}</Link> : lenke.urlTekst}</Paragraph>
              </li>
            );
          })}
        </ul>
      )}
    </TitledSection>
  );
}
