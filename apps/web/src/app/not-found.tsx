import { Button, Heading, Paragraph } from "../components/ds.ts";
import { getTranslator } from "../i18n/server-locale.ts";

/** A page that does not exist (or that the citizen may not see: the same answer, revealing nothing). */
export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("notFound.heading")}
      </Heading>
      <Paragraph>{t("notFound.body")}</Paragraph>
      <div>
        <Button asChild variant="primary">
          <a href="/">{t("error.home")}</a>
        </Button>
      </div>
    </div>
  );
}
