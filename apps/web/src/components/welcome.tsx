import type { Translate } from "../i18n/t.ts";
import { LoginButton } from "./auth-buttons.tsx";
import { Alert, Heading, Paragraph } from "./ds.ts";

/** Why the citizen sees the welcome page again, if there is something to say about it. */
export type WelcomeNotice = "expired" | "loginFailed" | null;

/** The front page for someone not signed in, whose login has expired, or whose login failed. */
export function Welcome({ t, notice }: { t: Translate; notice: WelcomeNotice }) {
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("welcome.heading")}
      </Heading>
      {notice && (
        <Alert data-color="warning">
          <Paragraph>{t(notice === "expired" ? "session.expired" : "login.failed")}</Paragraph>
        </Alert>
      )}
      <Paragraph data-size="lg">{t("welcome.intro")}</Paragraph>
      <Paragraph>{t("welcome.loginHint")}</Paragraph>
      <div>
        <LoginButton t={t} />
      </div>
    </div>
  );
}
