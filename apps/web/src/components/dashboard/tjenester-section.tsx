import type { Translate } from "../../i18n/t.ts";
import { tjenesterForForsiden } from "../../lib/kommunale-tjenester.ts";
import { Paragraph, Tag } from "../ds.ts";
import { Unavailable } from "../unavailable.tsx";
import { Section } from "./section.tsx";
import type { TjenesterPart } from "./types.ts";

interface TjenesterProps {
  /** Null when the municipality's service list could not be fetched. */
  tjenester: TjenesterPart | null;
  t: Translate;
}

/** The municipality's own service links, favourites first. */
export function TjenesterSection({ tjenester, t }: TjenesterProps) {
  const lenker = tjenester === null ? [] : tjenesterForForsiden(tjenester);
  return (
    <Section id="tjenester" heading={t("tjenester.heading")}>
      {tjenester === null ? (
        <Unavailable message={t("tjenester.unavailable")} />
      ) : lenker.length === 0 ? (
        <Paragraph>{t("tjenester.empty")}</Paragraph>
      ) : (
        <ul className="app-list" data-testid="tjenester">
          {lenker.map((tjeneste) => (
            <li key={tjeneste.tjenesteId} className="app-row">
              <a href={tjeneste.href}>{tjeneste.tittel}</a>
              {tjeneste.favoritt && (
                <Tag data-color="info" data-size="sm">
                  {t("tjenester.favoritt")}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
