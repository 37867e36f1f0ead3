const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The JSON object in a Base64 string (standard alphabet with padding, UTF-8), or why it is not
 * one. Transport only: what the object must contain is the owning subgraph's rule.
 */
export function decodeBase64JsonObject(
  value: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (typeof value !== "string" || value.length === 0 || !BASE64.test(value))
    return { ok: false, message: "meldingMetadata er ikke gyldig Base64" };
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
