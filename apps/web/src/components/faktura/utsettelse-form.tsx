"use client";

import { beOmUtsettelse } from "../../app/fakturaer/[id]/actions.ts";
import type { UtsettelseState } from "../../lib/utsettelse.ts";
import { ForesporselSkjema, type ForesporselSkjemaTexts } from "./foresporsel-skjema.tsx";

/** The form's texts in the citizen's language, translated on the server. */
export type UtsettelseTexts = ForesporselSkjemaTexts<"nyForfallDato">;

/** The answer's text: granted with the new date, refused, or waiting for the invoicing system. */
function svarTekst(state: Extract<UtsettelseState, { type: "svar" }>, texts: UtsettelseTexts): string {
  if (state.status === "INNVILGET") return texts.innvilget.replace("{dato}", state.datoTekst);
  if (state.status === "AVSLATT") return texts.avslatt;
  return texts.underBehandling.replace("{dato}", state.datoTekst);
}

/** Ask for a new due date; answered on the same page. */
export function UtsettelseForm({
  min,
  ...skjema
}: {
  fakturaId: string;
  idempotencyKey: string;
  /** The earliest date one can ask for: the day after the current due date. */
  min: string;
  texts: UtsettelseTexts;
}) {
  return (
    <ForesporselSkjema
      id="utsettelse"
      felt="nyForfallDato"
      handling={beOmUtsettelse}
      svarTekst={(svar) => svarTekst(svar, skjema.texts)}
      {...skjema}
    >
      {(felt) => <input className="ds-input app-date-input" type="date" min={min} {...felt} />}
    </ForesporselSkjema>
  );
}
