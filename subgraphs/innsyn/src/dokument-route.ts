import type { Database } from "@minkommune/db";
import { isUuid, type Route } from "@minkommune/subgraph-kit";
import { readDokument } from "./db/forsendelser.ts";
import type { InnsynSchema } from "./db/schema.ts";

/**
 * GET /dokumenter/{id}: a letter's document for the citizen it is exposed to, at their level.
 * Anything else (unknown id, someone else's letter, too low a level) is the same 404.
 */
export function dokumentRoute(db: Database<InnsynSchema>): Route {
  return async (request, response, principal) => {
    const match = /^\/dokumenter\/([^/?]+)$/.exec(new URL(request.url ?? "/", "http://x").pathname);
    if (!match || request.method !== "GET") return false;
    const id = match[1];
    const dokument = principal.type === "innbygger" && isUuid(id) ? await readDokument(db, principal, id) : null;
    if (!dokument) {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Not found" }));
      return true;
    }
    response
      .writeHead(200, {
        "content-type": dokument.mimeType,
        "content-length": String(dokument.innhold.byteLength),
        "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(dokument.tittel)}.pdf`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        digest: `sha-256=${Buffer.from(dokument.sha256, "hex").toString("base64")}`,
      })
      .end(Buffer.from(dokument.innhold));
    return true;
  };
}
