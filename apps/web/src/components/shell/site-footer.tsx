import type { Translate } from "../../i18n/t.ts";
import { Paragraph } from "../ds.ts";

/** The footer: what the service is and who answers for the content. */
export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="app-footer">
      <Paragraph data-size="sm">
        <strong>{t("app.title")}</strong> – {t("footer.about")}
      </Paragraph>
      <Paragraph data-size="sm">{t("footer.contact")}</Paragraph>
    </footer>
  );
}
