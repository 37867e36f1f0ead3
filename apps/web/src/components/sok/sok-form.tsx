import type { Translate } from "../../i18n/t.ts";
import { MAKS_SOKELENGDE } from "../../lib/sok-params.ts";
import { Button } from "../ds.ts";

/** One search box: a GET form, so every search has its own URL (?q=…) and works without JavaScript. */
export function SokForm({ q, t }: { q: string; t: Translate }) {
  return (
    <search>
      <form action="/sok" method="get" aria-label={t("sok.heading")} className="app-stack">
        <div className="ds-field">
          <label className="ds-label" htmlFor="sok-q">
            {t("sok.label")}
          </label>
          <div className="app-row">
            <input
              className="ds-input app-search-input"
              type="search"
              id="sok-q"
              name="q"
              defaultValue={q}
              maxLength={MAKS_SOKELENGDE}
              required
            />
            <Button type="submit" variant="primary">
              {t("sok.submit")}
            </Button>
          </div>
        </div>
      </form>
    </search>
  );
}
