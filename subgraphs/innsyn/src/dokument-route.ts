import type { Database } from "@minkommune/db";
import { isUuid, type Route, type Tilgangskilde, tilgangerForPerson } from "@minkommune/subgraph-kit";
import { meldingerSomLenkerTil } from "./db/dokumenter.ts";
import type { InnsynSchema } from "./db/schema.ts";
import type { Dokumentlager } from "./dokumentlager/dokumentlager.ts";
import { sendFeil } from "./dokumentlager/feilmelding.ts";
import { contentDisposition, nedlastingsfilnavn } from "./dokumentlager/filnavn.ts";
import { KorruptDokumentError, lesVerifisert } from "./dokumentlager/les-verifisert.ts";
import { nedlastingstilgang } from "./dokumentlager/nedlastingstilgang.ts";

/** Types a browser may show in place; anything else is offered as a file to save. */
const VISES_INLINE = new Set(["application/pdf", "image/png", "image/jpeg"]);

/**
 * GET /dokumenter/{id}: a document for a citizen a melding linking to it is exposed to, at their
 * login level. Unknown id, someone else's document or a caller who is not a citizen: the same
 * 404. Exposed but above the session's level: 403 INNSYN.KREVER_INNLOGGINGSNIVA_4, so the web app
 * can offer a step-up login. Content whose checksum no longer matches is never sent (500, logged).
 */
export function dokumentRoute(db: Database<InnsynSchema>, lager: Dokumentlager, tilgangskilde: Tilgangskilde): Route {
  return async (request, response, principal) => {
    const match = /^\/dokumenter\/([^/]+)$/.exec(new URL(request.url ?? "/", "http://subgraph").pathname);
    if (!match) return false;
    if (request.method !== "GET") {
      sendFeil(request, response, { status: 405, message: "Bare GET er tillatt her" }, { allow: "GET" });
      return true;
    }
    const ikkeFunnet = () => {
      sendFeil(request, response, {
        status: 404,
        message: "Fant ikke dokumentet",
        errorCode: "DOKUMENTLAGER.IKKE_FUNNET",
      });
      return true;
    };
    const id = (match[1] ?? "").toLowerCase();
    if (principal.type !== "innbygger" || !isUuid(id)) return ikkeFunnet();
    const hentet = await lager.get(id);
    if (!hentet) return ikkeFunnet();
    const tilganger = await tilgangerForPerson(tilgangskilde, principal.pid);
    const innsyner = { pid: principal.pid, niva: principal.niva, ...tilganger };
    const meldinger = await meldingerSomLenkerTil(db, innsyner, id);
    const tilgang = nedlastingstilgang(hentet.metadata, meldinger, principal.niva, new Date());
    if (tilgang.type === "IKKE_FUNNET") return ikkeFunnet();
    if (tilgang.type === "UTLOPT") {
      sendFeil(request, response, {
        status: 410,
        message: "Dokumentet er ikke lenger tilgjengelig",
        errorCode: "DOKUMENTLAGER.UTLOPT",
      });
      return true;
    }
    if (tilgang.type === "KREVER_HOYERE_NIVA") {
      sendFeil(request, response, {
        status: 403,
        message: "Dokumentet krever innlogging på sikkerhetsnivå 4",
        errorCode: "INNSYN.KREVER_INNLOGGINGSNIVA_4",
        details: { paakrevdSikkerhetsniva: tilgang.paakrevdNiva, innloggingsniva: principal.niva },
      });
      return true;
    }
    let innhold: Buffer;
    try {
      innhold = await lesVerifisert(hentet);
    } catch (error) {
      if (!(error instanceof KorruptDokumentError)) throw error;
      sendFeil(request, response, {
        status: 500,
        message: "Dokumentet kan ikke leveres",
        errorCode: "DOKUMENTLAGER.SJEKKSUM_AVVIK",
        cause: error,
      });
      return true;
    }
    const { mimeType, dokumentnavn, sha256 } = hentet.metadata;
    const visning = VISES_INLINE.has(mimeType) ? "inline" : "attachment";
    response
      .writeHead(200, {
        "content-type": mimeType === "text/plain" ? "text/plain; charset=utf-8" : mimeType,
        "content-length": String(innhold.byteLength),
        "content-disposition": contentDisposition(visning, nedlastingsfilnavn(dokumentnavn, mimeType)),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        digest: `sha-256=${Buffer.from(sha256, "hex").toString("base64")}`,
      })
      .end(innhold);
    return true;
  };
}
