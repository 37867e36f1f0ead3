import { lagreVarslingsvalg } from "../../app/profil/actions.ts";
import type { Translate } from "../../i18n/t.ts";
import { AV, EPOST_PURRING_FELT, PA, type VarslingKvittering } from "../../lib/varslingsvalg.ts";
import { Alert, Button, Paragraph } from "../ds.ts";

const KVITTERING_TEKST = {
  lagretPa: "profil.varsling.lagretPa",
  lagretAv: "profil.varsling.lagretAv",
  feil: "profil.varsling.feil",
} as const;

/**
 * The e-mail reminder choice: two radio buttons and "Lagre", posted to a server action, so it
 * works before (and without) JavaScript. The receipt after saving is a status message above it.
 */
export function VarslingsvalgForm({
  epostPurring,
  kvittering,
  t,
}: {
  epostPurring: boolean;
  kvittering: VarslingKvittering | null;
  t: Translate;
}) {
  const valg = [
    { value: PA, label: t("profil.varsling.pa"), checked: epostPurring },
    { value: AV, label: t("profil.varsling.av"), checked: !epostPurring },
  ];
  return (
    <form action={lagreVarslingsvalg} className="app-stack">
      <div role="status" data-testid="varsling-kvittering">
        {kvittering && (
          <Alert data-color={kvittering === "feil" ? "danger" : "success"}>
            <Paragraph>{t(KVITTERING_TEKST[kvittering])}</Paragraph>
          </Alert>
        )}
      </div>
      <fieldset className="ds-fieldset app-stack">
        <legend className="ds-label">{t("profil.varslingValg")}</legend>
        {valg.map((option) => (
          <div key={option.value} className="ds-field app-row">
            <input
              className="ds-input"
              type="radio"
              id={`varsling-${option.value}`}
              name={EPOST_PURRING_FELT}
              value={option.value}
              defaultChecked={option.checked}
            />
            <label className="ds-label" htmlFor={`varsling-${option.value}`} data-weight="regular">
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary">
          {t("profil.varslingLagre")}
        </Button>
      </div>
    </form>
  );
}
