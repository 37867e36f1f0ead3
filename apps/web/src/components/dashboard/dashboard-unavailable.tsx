import type { Translate } from "../../i18n/t.ts";
import { Alert, Heading, Link, Paragraph } from "../ds.ts";

/**
 * The front page when the citizen's overview could not be fetched at all (`meg` itself failed:
 * Innsyn, which answers for who the citizen is, or the gateway is down). One notice naming
 * everything that is missing, instead of one warning per section for the same outage, and a
 * plain link that loads the page again (works without JavaScript).
 */
export function DashboardUnavailable({ t }: { t: Translate }) {
  return (
    <Alert data-color="warning" data-testid="oversikt-utilgjengelig">
      <div className="app-stack">
        <Heading level={2} data-size="xs">
          {t("dashboard.unavailable.heading")}
        </Heading>
        <Paragraph>{t("dashboard.unavailable.body")}</Paragraph>
        <Paragraph>
          <Link href="/">{t("dashboard.unavailable.retry")}</Link>
        </Paragraph>
      </div>
    </Alert>
  );
}
