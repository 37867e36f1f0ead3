"use client";

import { type ReactNode, useActionState } from "react";
import type { ForesporselFeil, ForesporselState } from "../../lib/foresporsel.ts";
import { Alert, Button, Paragraph } from "../ds.ts";
import { TitledSection } from "../titled-section.tsx";

/** What every answer has: the status and, when refused, the municipality's reason. */
type SvarGrunnlag =
  | { status: "INNVILGET" | "AVSLATT" | "UNDER_BEHANDLING" }
  | { status: "AVSLATT"; begrunnelse: string };

/** The texts every request form has, translated on the server; answers keep their `{placeholder}`. */
export interface ForesporselSkjemaTexts<Felt extends string> {
  heading: string;
  intro: string;
  label: string;
  hint: string;
  submit: string;
  innvilget: string;
  avslatt: string;
  underBehandling: string;
  tilbake: string;
  feil: Record<ForesporselFeil<Felt>, string>;
}

/** The props the form's one control needs: its name, label and hint, and whether it was wrong. */
export interface FeltProps {
  id: string;
  name: string;
  required: true;
  "aria-describedby": string;
  "aria-invalid": true | undefined;
}

interface ForesporselSkjemaProps<Svar extends SvarGrunnlag, Felt extends string> {
  /** "utsettelse" or "avdrag": the section's test id and the prefix of its ids. */
  id: string;
  /** The one field, as the form and the service name it. */
  felt: Felt;
  /** The server action that asks. */
  handling: (previous: ForesporselState<Svar, Felt>, formData: FormData) => Promise<ForesporselState<Svar, Felt>>;
  fakturaId: string;
  /** Made when the page was rendered: a double click or a resubmission is one request. */
  idempotencyKey: string;
  /** Show no form (an answer already given stays). */
  skjul?: boolean;
  /** The answer in words. */
  svarTekst: (svar: Svar) => string;
  texts: ForesporselSkjemaTexts<Felt>;
  /** The form's one control. */
  children: (felt: FeltProps) => ReactNode;
}

const FARGE = { INNVILGET: "success", AVSLATT: "warning", UNDER_BEHANDLING: "info" } as const;

/** The answer in place of the form, with a link that renders the page (and a new key) again. */
function SvarVisning({
  id,
  tekst,
  svar,
  href,
  tilbake,
}: {
  id: string;
  tekst: string;
  svar: SvarGrunnlag;
  href: string;
  tilbake: string;
}) {
  return (
    <>
      <Alert data-color={FARGE[svar.status]} role="status" data-testid={`${id}-svar`}>
        <Paragraph>{tekst}</Paragraph>
        {"begrunnelse" in svar && svar.begrunnelse && <Paragraph>{svar.begrunnelse}</Paragraph>}
      </Alert>
      <Paragraph>
        <a href={href}>{tilbake}</a>
      </Paragraph>
    </>
  );
}

/**
 * A citizen's request on an invoice (betalingsutsettelse, avdrag): one field, sent by a server
 * action and answered on the same page: granted, refused with the reason, or waiting for the
 * invoicing system. With useActionState it also works before JavaScript has loaded.
 */
export function ForesporselSkjema<Svar extends SvarGrunnlag, Felt extends string>(
  props: ForesporselSkjemaProps<Svar, Felt>,
) {
  const { id, felt, texts } = props;
  const [state, action, pending] = useActionState(props.handling, { type: "ingen" });
  if (props.skjul && state.type !== "svar") return null;
  const href = `/fakturaer/${props.fakturaId}`;
  return (
    <TitledSection headingId={`${id}-heading`} heading={texts.heading} data-testid={id}>
      {state.type === "svar" ? (
        <SvarVisning id={id} tekst={props.svarTekst(state)} svar={state} href={href} tilbake={texts.tilbake} />
      ) : (
        <>
          <Paragraph>{texts.intro}</Paragraph>
          {state.type === "feil" && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{texts.feil[state.grunn]}</Paragraph>
            </Alert>
          )}
          <form action={action} className="app-stack">
            <input type="hidden" name="fakturaId" value={props.fakturaId} />
            <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
            <div className="ds-field">
              <label className="ds-label" htmlFor={felt}>
                {texts.label}
              </label>
              <p className="ds-paragraph" data-size="sm" id={`${felt}-hint`}>
                {texts.hint}
              </p>
              {props.children({
                id: felt,
                name: felt,
                required: true,
                "aria-describedby": `${felt}-hint`,
                "aria-invalid": state.type === "feil" && state.grunn === felt ? true : undefined,
              })}
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
