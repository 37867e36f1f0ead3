"use client";

import { beOmAvdrag } from "../../app/fakturaer/[id]/actions.ts";
import { type AvdragState, MAX_ANTALL_AVDRAG, MIN_ANTALL_AVDRAG } from "../../lib/avdrag.ts";
import { ForesporselSkjema, type ForesporselSkjemaTexts } from "./foresporsel-skjema.tsx";

/** The form's texts in the citizen's language, translated on the server. */
export type AvdragTexts = ForesporselSkjemaTexts<"antallAvdrag">;

/** What one can choose: the bounds the API documents; the municipality's policy decides within them. */
const VALG = Array.from({ length: MAX_ANTALL_AVDRAG - MIN_ANTALL_AVDRAG + 1 }, (_, i) => MIN_ANTALL_AVDRAG + i);

/** The answer's text: granted, refused, or waiting for the invoicing system. */
function svarTekst(state: Extract<AvdragState, { type: "svar" }>, texts: AvdragTexts): string {
  if (state.status === "AVSLATT") return texts.avslatt;
  const mal = state.status === "INNVILGET" ? texts.innvilget : texts.underBehandling;
  return mal.replace("{antall}", String(state.antall));
}

/**
 * Ask to pay in monthly instalments; answered on the same page, and once granted the page shows
 * the plan. Rendered while a plan runs too, so the answer stays when the page is rendered again:
 * only the form is hidden then (the service would refuse: HAR_AVDRAGSPLAN).
 */
export function AvdragForm({
  planAktiv,
  ...skjema
}: {
  fakturaId: string;
  idempotencyKey: string;
  /** The invoice already has a running plan. */
  planAktiv: boolean;
  texts: AvdragTexts;
}) {
  return (
    <ForesporselSkjema
      id="avdrag"
      felt="antallAvdrag"
      handling={beOmAvdrag}
      skjul={planAktiv}
      svarTekst={(svar) => svarTekst(svar, skjema.texts)}
      {...skjema}
    >
      {(felt) => (
        <select className="ds-input" data-width="auto" {...felt}>
          {VALG.map((antall) => (
            <option key={antall} value={antall}>
              {antall}
            </option>
          ))}
        </select>
      )}
    </ForesporselSkjema>
  );
}
