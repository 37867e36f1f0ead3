import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { NAV_ITEMS } from "../../lib/navigation.ts";
import { LogoutButton } from "../auth-buttons.tsx";
import { LanguageSwitch } from "../language-switch.tsx";
import { MainNav } from "./main-nav.tsx";

/**
 * The header of every page: the service name (not any one municipality's: a citizen may hear
 * from several), the language switch, and for a signed-in citizen the main navigation and logout.
 */
export function SiteHeader({ locale, t, signedIn }: { locale: Locale; t: Translate; signedIn: boolean }) {
  return (
    <header className="app-header">
      <div className="app-header-bar">
        <a href="/" className="app-brand">
          {t("app.title")}
        </a>
        <div className="app-row">
          <LanguageSwitch locale={locale} t={t} />
          {signedIn && <LogoutButton t={t} />}
        </div>
      </div>
      {signedIn && (
        <MainNav label={t("nav.label")} links={NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.label) }))} />
      )}
    </header>
  );
}
