import { MAX_URL_LENGDE } from "./https-url.ts";

/** Hosts that reach only the machine itself: a developer's local stand-in for an invoicing system. */
const LOKALE_VERTER = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why `value` cannot be an endpoint Min kommune posts signed requests to, or null when it can.
 * The secret and the invoice data travel in these requests, so they go over https; plain http is
 * allowed only to localhost outside production, and production never posts to its own host.
 */
export function endepunktFeil(value: string, options: { production: boolean }): string | null {
  // Like erHttpsUrl: the WHATWG parser also accepts "https:host" and backslashes; require the plain form.
  if (value.length > MAX_URL_LENGDE || !/^https?:\/\/[^/\\]/i.test(value) || !URL.canParse(value)) {
    return "må være en absolutt https-adresse";
  }
  const url = new URL(value);
  if (url.username || url.password) return "kan ikke inneholde brukernavn eller passord";
  const lokal = LOKALE_VERTER.has(url.hostname);
  if (options.production) {
    if (url.protocol !== "https:") return "må være en https-adresse";
    return lokal ? "kan ikke peke på localhost" : null;
  }
  if (url.protocol === "https:" || lokal) return null;
  return "må være en https-adresse (http bare til localhost)";
}
