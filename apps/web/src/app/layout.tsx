import "@digdir/designsystemet-css";
import "@digdir/designsystemet-theme/digdir.css";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Paragraph, SkipLink } from "../components/ds.ts";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { getTranslator } from "../i18n/server-locale.ts";

/** Title and description in the chosen language. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("app.title"), description: t("app.description") };
}

/** The frame of every page: language, skip link, header and the main landmark. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  return (
    <html lang={locale} data-color-scheme="light">
      <body>
        <SkipLink href="#main">{t("skipLink")}</SkipLink>
        <header className="app-header">
          <Paragraph data-size="lg">
            <strong>{t("app.title")}</strong>
          </Paragraph>
          <LanguageSwitch locale={locale} t={t} />
        </header>
        <main id="main" tabIndex={-1} className="app-main">
          {children}
        </main>
      </body>
    </html>
  );
}
