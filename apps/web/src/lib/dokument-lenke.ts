const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const DOKUMENT_PATH = new RegExp(`^/dokumenter/(${UUID})$`);

/**
 * The Innsyn document id a melding's download link points at ("/dokumenter/{id}", relative or
 * on any host), or null for links elsewhere. Such documents are fetched through our own route,
 * with the citizen's token on the server; the browser never sees the gateway.
 */
export function dokumentId(lenke: string | null | undefined): string | null {
  if (!lenke) return null;
  try {
    const match = DOKUMENT_PATH.exec(new URL(lenke, "http://local").pathname);
    return match?.[1]?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

/** The app's URLs for a stored document: open in the browser, or save as a file. */
export function dokumentHref(id: string, lastNed = false): string {
  return `/post/dokument/${id}${lastNed ? "?last-ned=1" : ""}`;
}

/** Only http(s) links from a fagsystem become links; anything else (javascript:, data:) is shown as text. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
