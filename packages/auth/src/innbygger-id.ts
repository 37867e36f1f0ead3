import { createHmac } from "node:crypto";

/**
 * The graph key of a citizen: a keyed hash of the person id, so the fødselsnummer never
 * travels in entity references, cursors or client caches. Stable for a given secret.
 */
export function innbyggerIdFor(pid: string, secret: string): string {
  return createHmac("sha256", secret).update(`innbygger:${pid}`).digest("base64url");
}
