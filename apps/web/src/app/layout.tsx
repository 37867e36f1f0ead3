import "@digdir/designsystemet-css";
import "@digdir/designsystemet-theme/digdir.css";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "../components/ds.ts";
import { ErrorTextsProvider } from "../components/error-texts.tsx";
import { SiteFooter } from "../components/shell/site-footer.tsx";
import { SiteHeader } from "../components/shell/site-header.tsx";
import { getTranslator } from "../i18n/server-locale.ts";
import { readIdportenSession } from "../lib/idporten-session.ts";

/** Title and description in the chosen language. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("app.title"), description: t("app.description") };
}

/** The frame of every page: language, skip link, header with navigation, the main landmark, footer. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  const errorTexts = {
    heading: t("error.heading"),
    body: t("error.body"),
    retry: t("error.retry"),
    home: t("error.home"),
  };
  return (
    <html lang={locale} data-color-scheme="light">
      <body>
        <SkipLink href="#main">{t("skipLink")}</SkipLink>
        <SiteHeader locale={locale} t={t} signedIn={session.status === "active"} />
        <main id="main" tabIndex={-1} className="app-main">
          <ErrorTextsProvider texts={errorTexts}>{children}</ErrorTextsProvider>
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
