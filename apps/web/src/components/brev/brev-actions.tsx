import { markerMeldinger } from "../../app/post/actions.ts";
import type { Translate } from "../../i18n/t.ts";
import type { Handling } from "../../lib/melding-handling.ts";
import { Button } from "../ds.ts";
import { TitledSection } from "../titled-section.tsx";

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
    <TitledSection headingId="brev-handlinger" heading={t("brev.handlinger")}>
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
    </TitledSection>
  );
}
