/** The longest url an oppgave may point to. */
export const MAX_URL_LENGDE = 2000;

const LOKALE_VERTER = new Set(["localhost", "127.0.0.1"]);

/** Whether http to localhost/127.0.0.1 is allowed: only when not running as production. */
export interface UrlRegler {
  tillatLokalHttp: boolean;
}

/**
 * True for an absolute https url, or, when `regler` allow it (local development), http to
 * localhost/127.0.0.1. Credentials in the url are refused: the link is shown to citizens and
 * must not carry secrets.
 */
export function erTillattOppgaveUrl(value: string, regler: UrlRegler = { tillatLokalHttp: true }): boolean {
  // The WHATWG parser also accepts "https:host" and backslashes; require the plain absolute form.
  if (value.length > MAX_URL_LENGDE || !/^https?:\/\/[^/\\]/i.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.username || url.password || url.hostname === "") return false;
  if (url.protocol === "https:") return true;
  return regler.tillatLokalHttp && url.protocol === "http:" && LOKALE_VERTER.has(url.hostname);
}
