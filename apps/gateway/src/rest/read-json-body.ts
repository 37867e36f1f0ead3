import { RestError } from "./rest-error.ts";

/** The largest request body the adapter reads: 10,000 recipients fit many times over. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const tooLarge = (maxBytes: number) =>
  new RestError(400, "BODY_TOO_LARGE", `Forespørselen er større enn grensen på ${maxBytes} byte`, {
    details: { maxBytes },
  });

const notJson = () => new RestError(400, "INVALID_JSON", "Forespørselen er ikke gyldig JSON");

function requireJsonContentType(request: Request): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json" || type?.endsWith("+json")) return;
  throw new RestError(400, "UNSUPPORTED_CONTENT_TYPE", "Content-Type må være application/json");
}

// Reads at most maxBytes, whatever Content-Length claims, and stops the upload beyond that.
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The request body as a JSON object. A wrong Content-Type, a body over the limit, text that
 * is not UTF-8 JSON, or JSON that is not an object are client mistakes: 400, never 500.
 * `maxBytes` is raised only where a route's payload is larger by nature (a 5000-melding index batch).
 */
export async function readJsonObject(
  request: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<Record<string, unknown>> {
  requireJsonContentType(request);
  const bytes = await readLimited(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw notJson();
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new RestError(400, "INVALID_BODY_TYPE", "Forespørselen må være et JSON-objekt");
  return value as Record<string, unknown>;
}
