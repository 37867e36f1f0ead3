import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { erInternAdresse } from "../domain/intern-adresse.ts";
import { tryggOppslag } from "./trygg-oppslag.ts";

/** A municipality's endpoint answers with a small JSON object; anything larger is not an answer. */
const MAX_SVAR_BYTES = 64 * 1024;

/** What came back: the status and the body as text. */
export interface PostSvar {
  status: number;
  body: string;
}

/** Posts a signed body to a municipality's endpoint, giving up after `timeoutMs`. */
export type SignertPost = (
  url: string,
  request: { headers: Record<string, string>; body: string; timeoutMs: number },
) => Promise<PostSvar>;

/** How outgoing requests connect. */
export interface PostOptions {
  /** Production refuses internal addresses when connecting; elsewhere loopback stand-ins are reached. */
  production: boolean;
  /** The DNS lookup underneath the check (default: the system's); tests inject one. */
  oppslag?: LookupFunction;
}

/**
 * A POST that in production never connects to an internal address, whatever the url's name
 * resolves to when the request is made. Redirects are not followed: a 3xx is just a status the
 * caller treats as an error, so an endpoint cannot bounce the signed request elsewhere.
 */
export function signertPost(options: PostOptions): SignertPost {
  const lookup = options.production ? tryggOppslag(options.oppslag) : options.oppslag;
  return (url, { headers, body, timeoutMs }) => {
    const target = new URL(url);
    // An IP literal is connected to without any lookup, so it is checked here.
    if (options.production && erInternAdresse(target.hostname)) {
      return Promise.reject(new Error("The endpoint is an internal address; not connecting"));
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const signal = AbortSignal.timeout(timeoutMs);
    return new Promise<PostSvar>((resolve, reject) => {
      const req = send(
        target,
        {
          method: "POST",
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          signal,
          lookup,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let lengde = 0;
          res.on("data", (chunk: Buffer) => {
            lengde += chunk.length;
            if (lengde > MAX_SVAR_BYTES) req.destroy(new Error("The endpoint's answer is too large"));
            else chunks.push(chunk);
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", reject);
          res.on("aborted", () => reject(new Error("The endpoint's answer was cut off")));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  };
}
