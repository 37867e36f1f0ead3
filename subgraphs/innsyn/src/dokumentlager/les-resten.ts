import type { IncomingMessage } from "node:http";

/**
 * Reads and drops what is left of a refused request's body, at most `maksBytes` and `maksMs`.
 * True when the body ended within that: the answer can then go out on a connection the client
 * has finished writing to (else a client still sending gets a broken pipe instead of the answer).
 * False when the rest is larger or slower; the caller then closes the connection.
 */
export function lesResten(request: IncomingMessage, maksBytes = 1024 * 1024, maksMs = 2000): Promise<boolean> {
  if (request.complete) return Promise.resolve(true);
  return new Promise((resolve) => {
    let lest = 0;
    const ferdig = (heltLest: boolean) => {
      clearTimeout(timer);
      request.off("data", tell).off("end", slutt).off("error", feilet).off("close", feilet);
      resolve(heltLest);
    };
    const tell = (bit: Buffer) => {
      lest += bit.length;
      if (lest > maksBytes) ferdig(false);
    };
    const slutt = () => ferdig(true);
    const feilet = () => ferdig(request.complete);
    const timer = setTimeout(() => ferdig(false), maksMs);
    request.on("data", tell).on("end", slutt).on("error", feilet).on("close", feilet);
    request.resume();
  });
}
