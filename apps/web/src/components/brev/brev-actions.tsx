import { markerMeldinger } from "../../app/post/actions.ts";
import type { Translate } from "../../i18n/t.ts";
import type { Handling } from "../../lib/melding-handling.ts";
import { Button, Heading } from "../ds.ts";

/** Mark unread (or read) and archive (or restore) one letter: plain forms, no JavaScript needed. */
export function BrevActions({
  meldingId,
  lest,
  arkivert,
  t,
}: {
  meldingId: string;
  lest: boolean;
  arkivert: boolean;
  t: Translate;
}) {
  const handlinger: Handling[] = [lest ? "ulest" : "lest", arkivert ? "gjenopprett" : "arkiver"];
  return (
    <section aria-labelledby="brev-handlinger" className="app-stack">
      <Heading level={2} data-size="sm" id="brev-handlinger">
        {t("brev.handlinger")}
      </Heading>
      <div className="app-row">
        {handlinger.map((handling) => (
          <form key={handling} action={markerMeldinger}>
            <input type="hidden" name="meldingId" value={meldingId} />
            <Button type="submit" name="handling" value={handling} variant="secondary">
              {t(`brev.handling.${handling}`)}
            </Button>
          </form>
        ))}
      </div>
    </section>
  );
}
