"use server";

import { refresh } from "next/cache";
import { BeOmAvdragDocument, BeOmBetalingsutsettelseDocument } from "../../../generated/graphql.ts";
import { currentLocale } from "../../../i18n/server-locale.ts";
import { type AvdragState, parseAvdrag } from "../../../lib/avdrag.ts";
import { avdragSvar } from "../../../lib/avdrag-svar.ts";
import { foresporselUtfall } from "../../../lib/foresporsel.ts";
import { executeGateway } from "../../../lib/gateway.ts";
import { readIdportenSession } from "../../../lib/idporten-session.ts";
import { parseUtsettelse, type UtsettelseState } from "../../../lib/utsettelse.ts";
import { utsettelseSvar } from "../../../lib/utsettelse-svar.ts";

/**
 * Asks for a new due date (the betalingsutsettelse form; with useActionState it also works
 * before JavaScript has loaded). The idempotency key comes from the form, made when the page
 * was rendered: a double click or a resubmission gives the first answer, not a second request.
 * The refusal reason comes back from the Faktura service in the citizen's language.
 */
export async function beOmUtsettelse(_previous: UtsettelseState, formData: FormData): Promise<UtsettelseState> {
  const session = await readIdportenSession();
  if (session.status !== "active") return { type: "feil", grunn: "utlogget" };
  const skjema = parseUtsettelse(formData);
  if ("feil" in skjema)
    return { type: "feil", grunn: skjema.feil === "nyForfallDato" ? "nyForfallDato" : "ikkeFunnet" };
  const sprak = await currentLocale();
  const result = await executeGateway(
    BeOmBetalingsutsettelseDocument,
    { ...skjema, sprak },
    session.tokens.accessToken,
  );
  const utfall = foresporselUtfall(result, (d) => d.beOmBetalingsutsettelse, "nyForfallDato", "beOmUtsettelse");
  return "svar" in utfall ? utsettelseSvar(utfall.svar, sprak) : { type: "feil", grunn: utfall.feil };
}

/**
 * Asks to pay in monthly instalments (the avdrag form), with the same key and answer rules as
 * beOmUtsettelse. When granted the page is rendered again, so the plan shows beside the answer
 * and the forms that a running plan rules out are gone.
 */
export async function beOmAvdrag(_previous: AvdragState, formData: FormData): Promise<AvdragState> {
  const session = await readIdportenSession();
  if (session.status !== "active") return { type: "feil", grunn: "utlogget" };
  const skjema = parseAvdrag(formData);
  if ("feil" in skjema) return { type: "feil", grunn: skjema.feil === "antallAvdrag" ? "antallAvdrag" : "ikkeFunnet" };
  const sprak = await currentLocale();
  const result = await executeGateway(BeOmAvdragDocument, { ...skjema, sprak }, session.tokens.accessToken);
  const utfall = foresporselUtfall(result, (d) => d.beOmAvdrag, "antallAvdrag", "beOmAvdrag");
  if ("feil" in utfall) return { type: "feil", grunn: utfall.feil };
  if (utfall.svar.status === "INNVILGET") refresh();
  return avdragSvar(utfall.svar);
}
