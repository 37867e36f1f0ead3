const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The JSON value in a Base64 string, or the reason it is not one. Standard alphabet with padding, UTF-8. */
export function decodeBase64Json(value: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (value.length === 0 || !BASE64.test(value)) return { ok: false, message: "meldingMetadata er ikke gyldig Base64" };
  let text: string;
  try {
    text = utf8.decode(Buffer.from(value, "base64"));
  } catch {
    return { ok: false, message: "meldingMetadata er ikke UTF-8 etter Base64-dekoding" };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "meldingMetadata er ikke JSON etter Base64-dekoding" };
  }
}
