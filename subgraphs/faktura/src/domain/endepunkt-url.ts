import { MAX_URL_LENGDE } from "./https-url.ts";
import { erInternAdresse, erLocalhostNavn } from "./intern-adresse.ts";

/** Hosts that reach only the machine itself: a developer's local stand-in for an invoicing system. */
const LOKALE_VERTER = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why `value` cannot be an endpoint Min kommune posts signed requests to, or null when it can.
 * The secret and the invoice data travel in these requests, so they go over https; plain http is
 * allowed only to localhost outside production. Production never posts to its own host or an
 * internal network: an integration must not be able to aim our signed requests at the metadata
 * service or at services behind the firewall. A name that resolves to such an address is
 * refused again when the request is sent (see utsettelse/trygg-oppslag.ts).
 */
export function endepunktFeil(value: string, options: { production: boolean }): string | null {
  // Like erHttpsUrl: the WHATWG parser also accepts "https:host" and backslashes; require the plain form.
  if (value.length > MAX_URL_LENGDE || !/^https?:\/\/[^/\\]/i.test(value) || !URL.canParse(value)) {
    return "må være en absolutt https-adresse";
  }
  const url = new URL(value);
  if (url.username || url.password) return "kan ikke inneholde brukernavn eller passord";
  if (options.production) {
    if (url.protocol !== "https:") return "må være en https-adresse";
    // The parser has already normalised IPv4 spellings (0x7f.1, 2130706433) and IPv6 to one form.
    if (erLocalhostNavn(url.hostname) || erInternAdresse(url.hostname)) {
      return "kan ikke peke på localhost eller en intern adresse";
    }
    return null;
  }
  if (url.protocol === "https:" || LOKALE_VERTER.has(url.hostname)) return null;
  return "må være en https-adresse (http bare til localhost)";
}
