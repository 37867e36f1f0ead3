import { Button, Heading, Paragraph } from "../../../../components/ds.ts";
import { getTranslator } from "../../../../i18n/server-locale.ts";

/** Where a document link that leads nowhere (unknown, removed, or not the citizen's) ends up. */
export default async function DokumentIkkeFunnet() {
  const { t } = await getTranslator();
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("dokument.ikkeFunnet.heading")}
      </Heading>
      <Paragraph>{t("dokument.ikkeFunnet.body")}</Paragraph>
      <div>
        <Button asChild variant="primary">
          <a href="/post">{t("dokument.tilPost")}</a>
        </Button>
      </div>
    </div>
  );
}
