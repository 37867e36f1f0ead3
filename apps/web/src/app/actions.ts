"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { IDPORTEN_PROVIDER_ID, signIn, signOut } from "../auth.ts";
import { env } from "../env.ts";
import { LOCALE_COOKIE, parseLocale } from "../i18n/locales.ts";
import { endSessionUrl } from "../lib/end-session-url.ts";
import { endSessionEndpoint } from "../lib/idporten-discovery.ts";
import { readIdportenSession } from "../lib/idporten-session.ts";
import { returnPath } from "../lib/navigation.ts";
import { safeLocalPath } from "../lib/safe-path.ts";

/** Starts the ID-porten login (authorization code flow with PKCE) and returns to the front page. */
export async function loggInn(): Promise<void> {
  await signIn(IDPORTEN_PROVIDER_ID, { redirectTo: "/" });
}

/**
 * A new ID-porten login that must be at level 4 (acr_values=idporten-loa-high), for something
 * the level-3 session may not see; afterwards the browser returns to the form's `tilbake` path.
 */
export async function loggInnHoyereNiva(formData: FormData): Promise<void> {
  const tilbake = safeLocalPath(formData.get("tilbake"));
  // prompt=login: the level-3 login at the IdP must not be reused; the citizen authenticates again.
  await signIn(IDPORTEN_PROVIDER_ID, { redirectTo: tilbake }, { acr_values: "idporten-loa-high", prompt: "login" });
}

/**
 * Ends our session, then the one at ID-porten (RP-initiated logout), which sends the
 * browser back to the front page. Without an id_token or IdP endpoint only ours ends.
 */
export async function loggUt(): Promise<void> {
  const session = await readIdportenSession();
  await signOut({ redirect: false });
  const endpoint = session.status === "none" ? null : await endSessionEndpoint();
  if (session.status === "none" || endpoint === null) redirect("/");
  redirect(endSessionUrl(endpoint, session.tokens.idToken, `${env().AUTH_URL}/`));
}

/** Remembers the chosen language for a year (anything unknown falls back to bokmål) and stays on the page. */
export async function velgSprak(formData: FormData): Promise<void> {
  const locale = parseLocale(formData.get("sprak"));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: env().AUTH_URL.startsWith("https://"),
  });
  redirect(returnPath((await headers()).get("referer"), env().AUTH_URL));
}
