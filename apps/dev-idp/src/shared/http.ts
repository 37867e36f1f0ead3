import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/** A request body that could not be read as a form; the status tells the client what was wrong. */
export class BodyError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const MAX_FORM_BYTES = 16 * 1024;

/** Whether the request says it carries an `application/x-www-form-urlencoded` body. */
export function isForm(req: IncomingMessage): boolean {
  return req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

/** Reads the whole body, refusing one larger than `maxBytes` with 413. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads an `application/x-www-form-urlencoded` body of at most 16 KiB. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  if (!isForm(req)) throw new BodyError(415, "expected application/x-www-form-urlencoded");
  return new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString("utf8"));
}

/**
 * The same request with a body that was already read, for handing it on to oidc-provider: its
 * body parser reads the stream (headers, url and socket come from the original request).
 */
export function requestWithBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = Readable.from([body]);
  return Object.assign(replay, {
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    method: req.method,
    url: req.url,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

/** Sends one of our own HTML pages, never cached, never framed, with no scripts allowed. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  res.end(html);
}

/** Sends a small JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * The rest of `url` below `prefix` ("/idporten/auth?x" → "/auth?x"), or undefined when the
 * path is not under it. "/idporten" itself maps to "/".
 */
export function pathBelow(url: string, prefix: string): string | undefined {
  if (!url.startsWith(prefix)) return undefined;
  const rest = url.slice(prefix.length);
  if (rest === "") return "/";
  if (rest.startsWith("/")) return rest;
  if (rest.startsWith("?")) return `/${rest}`;
  return undefined;
}
