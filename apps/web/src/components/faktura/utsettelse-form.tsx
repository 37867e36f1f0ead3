"use client";

import { useActionState } from "react";
import { beOmUtsettelse } from "../../app/fakturaer/[id]/actions.ts";
import type { UtsettelseState } from "../../lib/utsettelse.ts";
import { Alert, Button, Paragraph } from "../ds.ts";
import { TitledSection } from "../titled-section.tsx";

/** The form's texts in the citizen's language, translated on the server. */
export interface UtsettelseTexts {
  heading: string;
  intro: string;
  label: string;
  hint: string;
  submit: string;
  innvilget: string;
  avslatt: string;
  underBehandling: string;
  tilbake: string;
  feil: Record<Extract<UtsettelseState, { type: "feil" }>["grunn"], string>;
}

/**
 * Ask for a new due date. The server action answers on the same page: granted with the new
 * date, refused with the reason, or waiting for the invoicing system. The idempotency key was
 * made when the page was rendered, so a double click makes one request.
 */
export function UtsettelseForm({
  fakturaId,
  idempotencyKey,
  min,
  texts,
}: {
  fakturaId: string;
  idempotencyKey: string;
  /** The earliest date one can ask for: the day after the current due date. */
  min: string;
  texts: UtsettelseTexts;
}) {
  const [state, action, pending] = useActionState(beOmUtsettelse, { type: "ingen" } as UtsettelseState);
  return (
    <TitledSection headingId="utsettelse-heading" heading={texts.heading} data-testid="utsettelse">
      {state.type === "svar" ? (
        <>
          <Alert
            data-color={state.status === "INNVILGET" ? "success" : state.status === "AVSLATT" ? "warning" : "info"}
            role="status"
            data-testid="utsettelse-svar"
          >
            <Paragraph>
              {state.status === "INNVILGET"
                ? texts.innvilget.replace("{dato}", state.datoTekst)
                : state.status === "AVSLATT"
                  ? texts.avslatt
                  : texts.underBehandling.replace("{dato}", state.datoTekst)}
            </Paragraph>
            {state.status === "AVSLATT" && state.begrunnelse && <Paragraph>{state.begrunnelse}</Paragraph>}
          </Alert>
          <Paragraph>
            <a href={`/fakturaer/${fakturaId}`}>{texts.tilbake}</a>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{texts.intro}</Paragraph>
          {state.type === "feil" && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{texts.feil[state.grunn]}</Paragraph>
            </Alert>
          )}
          <form action={action} className="app-stack">
            <input type="hidden" name="fakturaId" value={fakturaId} />
            <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
            <div className="ds-field">
              <label className="ds-label" htmlFor="nyForfallDato">
                {texts.label}
              </label>
              <p className="ds-paragraph" data-size="sm" id="nyForfallDato-hint">
                {texts.hint}
              </p>
              <input
                className="ds-input app-date-input"
                type="date"
                id="nyForfallDato"
                name="nyForfallDato"
                min={min}
                required
                aria-describedby="nyForfallDato-hint"
                aria-invalid={state.type === "feil" && state.grunn === "nyForfallDato" ? true : undefined}
              />
            </div>
            <div>
              <Button type="submit" variant="primary" aria-disabled={pending || undefined}>
                {texts.submit}
              </Button>
            </div>
          </form>
        </>
      )}
    </TitledSection>
  );
}
