import { markerMeldinger } from "../../app/post/actions.ts";
import type { Translate } from "../../i18n/t.ts";
import type { Handling } from "../../lib/melding-handling.ts";
import { Button } from "../ds.ts";

/** The bulk form's id: each letter's checkbox joins it with form="…", so no form is nested in another. */
export const BULK_FORM_ID = "post-valgte";

/**
 * "With the checked letters": one submit per action, posted to a server action (works without
 * JavaScript). In the archive the action is restore; elsewhere archive.
 */
export function BulkActions({ arkiv, t }: { arkiv: boolean; t: Translate }) {
  const handlinger: Handling[] = ["lest", "ulest", arkiv ? "gjenopprett" : "arkiver"];
  return (
    <form id={BULK_FORM_ID} action={markerMeldinger} aria-labelledby="post-valgte-label" className="app-stack">
      <p id="post-valgte-label" className="ds-paragraph" data-size="sm">
        {t("post.valgte.label")}
      </p>
      <div className="app-row">
        {handlinger.map((handling) => (
          <Button key={handling} type="submit" name="handling" value={handling} variant="secondary" data-size="sm">
            {t(`post.valgte.${handling}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}
