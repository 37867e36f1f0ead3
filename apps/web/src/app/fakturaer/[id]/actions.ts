"use server";

import { BeOmBetalingsutsettelseDocument } from "../../../generated/graphql.ts";
import { currentLocale } from "../../../i18n/server-locale.ts";
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
  if (!result.ok && result.error.kind === "unauthenticated") return { type: "feil", grunn: "utlogget" };
  const errors = result.ok ? result.errors : result.error.kind === "graphql" ? result.error.errors : [];
  const svar = result.ok ? result.data.beOmBetalingsutsettelse : null;
  if (svar) return utsettelseSvar(svar, sprak);
  const codes = errors.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field }));
  if (codes.some((c) => c.code === "BAD_USER_INPUT" && c.field === "nyForfallDato")) {
    return { type: "feil", grunn: "nyForfallDato" };
  }
  if (codes.some((c) => c.code === "NOT_FOUND")) return { type: "feil", grunn: "ikkeFunnet" };
  console.warn("beOmUtsettelse: gateway problem", JSON.stringify(codes));
  return { type: "feil", grunn: "utilgjengelig" };
}
