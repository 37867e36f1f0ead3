/** The longest url an invoice may link to. */
export const MAX_URL_LENGDE = 2000;

/**
 * True for an absolute https url without credentials: citizens open these links, so plain http
 * and embedded passwords are refused.
 */
export function erHttpsUrl(value: string): boolean {
  // The WHATWG parser also accepts "https:host" and backslashes; require the plain absolute form.
  if (value.length > MAX_URL_LENGDE || !/^https:\/\/[^/\\]/i.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && !url.username && !url.password && url.hostname !== "";
}
