import { velgSprak } from "../app/actions.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/t.ts";
import { Button } from "./ds.ts";

/** Three buttons that set the language cookie; works without JavaScript. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action={velgSprak} aria-label={t("language.label")} className="app-row">
      {LOCALES.map((option) => (
        <Button
          key={option}
          type="submit"
          name="sprak"
          value={option}
          lang={option}
          variant={option === locale ? "secondary" : "tertiary"}
          data-size="sm"
          aria-pressed={option === locale}
        >
          {t(`language.${option}`)}
        </Button>
      ))}
    </form>
  );
}
