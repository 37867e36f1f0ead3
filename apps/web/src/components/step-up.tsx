import { loggInnHoyereNiva } from "../app/actions.ts";
import type { Translate } from "../i18n/t.ts";
import { Alert, Button, Paragraph } from "./ds.ts";

/** The button that starts a new ID-porten login at level 4 and comes back to `tilbake`. */
export function StepUpButton({ tilbake, t }: { tilbake: string; t: Translate }) {
  return (
    <form action={loggInnHoyereNiva}>
      <input type="hidden" name="tilbake" value={tilbake} />
      <Button type="submit" variant="primary">
        {t("stepUp.button")}
      </Button>
    </form>
  );
}

/** The note that some items exist that need level 4 (`message` says how many), with the step-up button. */
export function StepUpNote({ message, tilbake, t }: { message: string; tilbake: string; t: Translate }) {
  return (
    <Alert data-color="info" data-testid="step-up-note">
      <div className="app-stack">
        <Paragraph>{message}</Paragraph>
        <div>
          <StepUpButton tilbake={tilbake} t={t} />
        </div>
      </div>
    </Alert>
  );
}
