import type { Translate } from "../../i18n/t.ts";
import type { IdportenSession } from "../../lib/idporten-session.ts";
import { Welcome } from "../welcome.tsx";

/** What a signed-in page shows to someone who is not (or no longer) signed in. */
export function SignedOut({
  t,
  status,
}: {
  t: Translate;
  status: Exclude<IdportenSession["status"], "active"> | "rejected";
}) {
  return <Welcome t={t} notice={status === "none" ? null : "expired"} />;
}
