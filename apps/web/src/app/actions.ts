"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { IDPORTEN_PROVIDER_ID, signIn, signOut } from "../auth.ts";
import { env } from "../env.ts";
import { LOCALE_COOKIE, parseLocale } from "../i18n/locales.ts";
import { endSessionUrl } from "../lib/end-session-url.ts";
import { endSessionEndpoint } from "../lib/idporten-discovery.ts";
import { readIdportenSession } from "../lib/idporten-session.ts";

/** Starts the ID-porten login (authorization code flow with PKCE) and returns to the front page. */
export async function loggInn(): Promise<void> {
  await signIn(IDPORTEN_PROVIDER_ID, { redirectTo: "/" });
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

/** Remembers the chosen language for a year; anything unknown falls back to bokmål. */
export async function velgSprak(formData: FormData): Promise<void> {
  const locale = parseLocale(formData.get("sprak"));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: env().AUTH_URL.startsWith("https://"),
  });
  redirect("/");
}
