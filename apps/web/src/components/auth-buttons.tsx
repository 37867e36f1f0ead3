import { loggInn, loggUt } from "../app/actions.ts";
import type { Translate } from "../i18n/t.ts";
import { Button } from "./ds.ts";

/** "Logg inn med ID-porten": a form posting to a server action, so it works before hydration. */
export function LoginButton({ t }: { t: Translate }) {
  return (
    <form action={loggInn}>
      <Button type="submit" variant="primary">
        {t("login.button")}
      </Button>
    </form>
  );
}

/** "Logg ut": ends our session and the one at ID-porten. */
export function LogoutButton({ t }: { t: Translate }) {
  return (
    <form action={loggUt}>
      <Button type="submit" variant="secondary">
        {t("logout.button")}
      </Button>
    </form>
  );
}
