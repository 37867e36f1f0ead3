import { escapeHtml, page } from "./html.ts";

/** An error page that names the problem in plain Norwegian; `detail` is the OAuth error code, if any. */
export function errorPage(heading: string, explanation: string, detail?: string, merke?: string): string {
  const code = detail ? `<p class="hjelp">Feilkode: <code>${escapeHtml(detail)}</code></p>` : "";
  return page(`Feil: ${heading}`, `<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(explanation)}</p>\n${code}`, merke);
}

/**
 * The logout confirmation. `form` is oidc-provider's hidden form (action + xsrf token); the
 * buttons submit it, with `logout=yes` only on the one that logs out.
 */
export function logoutPage(form: string, clientName: string | undefined): string {
  const from = clientName ? ` fra ${escapeHtml(clientName)}` : "";
  return page(
    "Logg ut – ID-porten (testmiljø)",
    `<h1>Vil du logge ut${from}?</h1>
<p>Du blir logget ut av den lokale ID-porten.</p>
${form}
<div class="knapper">
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primar">Ja, logg ut</button>
<button type="submit" form="op.logoutForm" class="sekundar">Nei, forbli innlogget</button>
</div>`,
  );
}

/** Shown after a logout when the client gave no post_logout_redirect_uri. */
export function logoutSuccessPage(clientName: string | undefined): string {
  const from = clientName ? ` fra ${escapeHtml(clientName)}` : "";
  return page(
    "Du er logget ut – ID-porten (testmiljø)",
    `<h1>Du er logget ut</h1>\n<p>Du er nå logget ut${from}. Du kan lukke dette vinduet.</p>`,
  );
}
