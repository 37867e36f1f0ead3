"use server";

import { redirect } from "next/navigation";
import { SettVarslingsvalgDocument } from "../../generated/graphql.ts";
import { executeGateway } from "../../lib/gateway.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { EPOST_PURRING_FELT, kvitteringParam, parseEpostPurring } from "../../lib/varslingsvalg.ts";

/**
 * Saves the e-mail reminder choice, then redirects back to Profil with a receipt in the query
 * string (post/redirect/get): a plain form post without JavaScript gets the same page, and a
 * reload does not send the form again. Setting the same value twice is harmless.
 */
export async function lagreVarslingsvalg(formData: FormData): Promise<void> {
  const session = await readIdportenSession();
  // Signed out meanwhile: Profil shows the login button.
  if (session.status !== "active") redirect("/profil");
  const epostPurring = parseEpostPurring(formData.get(EPOST_PURRING_FELT));
  let lagret: boolean | null = null;
  if (epostPurring !== null) {
    const result = await executeGateway(SettVarslingsvalgDocument, { epostPurring }, session.tokens.accessToken);
    if (!result.ok && result.error.kind === "unauthenticated") redirect("/profil");
    if (result.ok && result.errors.length === 0) lagret = result.data.settVarslingsvalg.epostPurring;
    else
      console.warn(
        "lagreVarslingsvalg: gateway problem",
        result.ok ? result.errors.map((e) => e.extensions?.code) : result.error.kind,
      );
  }
  redirect(`/profil?varsling=${kvitteringParam(lagret)}`);
}
