import { velgSprak } from "../../app/actions.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { Button } from "../ds.ts";

/** The language setting on Profil: three radio buttons and "Lagre"; posts the same action as the header's switch. */
export function SprakValg({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action={velgSprak} className="app-stack">
      <fieldset className="ds-fieldset app-stack">
        <legend className="ds-label">{t("profil.sprakValg")}</legend>
        {LOCALES.map((option) => (
          <div key={option} className="ds-field app-row">
            <input
              className="ds-input"
              type="radio"
              id={`sprak-${option}`}
              name="sprak"
              value={option}
              defaultChecked={option === locale}
            />
            <label className="ds-label" htmlFor={`sprak-${option}`} lang={option} data-weight="regular">
              {t(`language.${option}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary">
          {t("profil.sprakLagre")}
        </Button>
      </div>
    </form>
  );
}
