const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The JSON object in meldingMetadata (Base64, standard alphabet with padding, UTF-8), or why it is
 * not one. Messages never quote the value: it may hold a fødselsnummer.
 */
export function decodeBase64JsonObject(
  value: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (value.length === 0 || !BASE64.test(value)) return { ok: false, message: "meldingMetadata er ikke gyldig Base64" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(Buffer.from(value, "base64")));
  } catch {
    return { ok: false, message: "meldingMetadata er ikke UTF-8-JSON etter Base64-dekoding" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { ok: false, message: "meldingMetadata må være et JSON-objekt" };
  return { ok: true, value: parsed as Record<string, unknown> };
}
