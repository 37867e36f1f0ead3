/** Headers of the gateway's document answer that the browser gets as they are. */
const PASSED_HEADERS = ["content-type", "content-length", "content-disposition", "digest", "etag", "last-modified"];

/** What fetching a document gave: the document to stream on, or why not. */
export type DokumentSvar =
  | { type: "dokument"; response: Response }
  | { type: "kreverNiva4" }
  | { type: "ikkeFunnet" }
  | { type: "ikkeInnlogget" };

/**
 * Fetches GET {gateway}/dokumenter/{id} with the citizen's token (server to server) and turns the
 * answer into what the browser gets: the bytes streamed with the document's own headers (as a
 * download when `lastNed`), the step-up case (403 INNSYN.KREVER_INNLOGGINGSNIVA_4), or not found
 * for everything else, so no answer reveals whether someone else's document exists.
 */
export async function hentDokument(
  gatewayUrl: string,
  id: string,
  accessToken: string,
  lastNed: boolean,
): Promise<DokumentSvar> {
  let upstream: Response;
  try {
    upstream = await fetch(new URL(`/dokumenter/${id}`, gatewayUrl), {
      headers: { authorization: `Bearer ${accessToken}` },
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return { type: "ikkeFunnet" };
  }
  if (upstream.status === 401) return discard(upstream, { type: "ikkeInnlogget" });
  if (upstream.status === 403 && (await errorCode(upstream)) === "INNSYN.KREVER_INNLOGGINGSNIVA_4") {
    return { type: "kreverNiva4" };
  }
  if (upstream.status !== 200 || !upstream.body) return discard(upstream, { type: "ikkeFunnet" });

  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const disposition = headers.get("content-disposition");
  if (lastNed) headers.set("content-disposition", disposition?.replace(/^\s*inline/i, "attachment") ?? "attachment");
  headers.set("cache-control", "private, no-store");
  headers.set("x-content-type-options", "nosniff");
  // A document is shown on its own, never framed; it gets no page policy (and no nonce) of ours.
  headers.set("content-security-policy", "frame-ancestors 'none'");
  return { type: "dokument", response: new Response(upstream.body, { status: 200, headers }) };
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => null);
  const code = typeof body === "object" && body !== null ? (body as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === "string" ? code : undefined;
}

async function discard<T>(response: Response, result: T): Promise<T> {
  await response.body?.cancel().catch(() => undefined);
  return result;
}
