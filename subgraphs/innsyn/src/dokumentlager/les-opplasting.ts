import type { IncomingMessage } from "node:http";
import { Busboy } from "@fastify/busboy";
import { type Feil, ugyldig } from "./feilmelding.ts";

/** The metadata part is a small JSON object; anything larger is refused. */
export const METADATA_MAKS_BYTES = 64 * 1024;
/** Room for part headers and boundaries beyond the two parts' content. */
const OVERHEAD_BYTES = 64 * 1024;

/** The raw parts of an upload, before the metadata is validated. */
export interface Opplasting {
  metadata: Buffer;
  dokument: Buffer;
}

export const forStor = (maksBytes: number): Feil => ({
  status: 413,
  message: `Dokumentet er større enn grensen på ${maksBytes} byte`,
  errorCode: "DOKUMENTLAGER.FOR_STORT",
  details: { field: "dokument", maksStorrelse: maksBytes },
});

/**
 * Reads a multipart/form-data upload with the parts `metadata` and `dokument` as it streams in,
 * keeping at most `maksBytes` of the document (and METADATA_MAKS_BYTES of metadata) in memory:
 * the moment a part or the whole body passes its limit, reading stops and the answer is 413.
 * Every part is read as bytes whatever its headers say (no text decoding of the document);
 * parts with other names are discarded unread.
 */
export function lesOpplasting(request: IncomingMessage, maksBytes: number): Promise<Opplasting | Feil> {
  const contentType = request.headers["content-type"] ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return Promise.resolve(ugyldig("content-type", "Forespørselen må være multipart/form-data", 415));
  }
  const totalMaks = maksBytes + METADATA_MAKS_BYTES + OVERHEAD_BYTES;
  const lengde = Number(request.headers["content-length"]);
  if (Number.isFinite(lengde) && lengde > totalMaks) return Promise.resolve(forStor(maksBytes));

  return new Promise((resolve) => {
    let ferdig = false;
    let parser: ReturnType<typeof Busboy>;
    const avslutt = (svar: Opplasting | Feil) => {
      if (ferdig) return;
      ferdig = true;
      request.unpipe(parser);
      request.off("data", tell);
      resolve(svar);
    };
    try {
      parser = Busboy({
        headers: { ...request.headers, "content-type": contentType },
        isPartAFile: () => true,
        limits: { files: 4, parts: 4, headerPairs: 20, fileSize: maksBytes + 1 },
      });
    } catch {
      resolve(ugyldig("content-type", "multipart/form-data mangler boundary"));
      return;
    }
    // Each wanted part's bytes once its stream has ended; "finish" waits for them all.
    const deler = new Map<string, Promise<Buffer>>();
    parser.on("file", (navn, stream) => {
      if (navn !== "metadata" && navn !== "dokument") {
        stream.resume();
        return;
      }
      if (deler.has(navn)) return avslutt(ugyldig(navn, `Delen ${navn} forekommer mer enn én gang`));
      const maks = navn === "dokument" ? maksBytes : METADATA_MAKS_BYTES;
      const biter: Buffer[] = [];
      let storrelse = 0;
      stream.on("data", (bit: Buffer) => {
        storrelse += bit.length;
        if (storrelse > maks) {
          avslutt(navn === "dokument" ? forStor(maksBytes) : ugyldig("metadata", "metadata er for stor", 413));
          stream.resume();
          return;
        }
        if (!ferdig) biter.push(bit);
      });
      deler.set(navn, new Promise((ferdigLest) => stream.on("end", () => ferdigLest(Buffer.concat(biter)))));
    });
    parser.on("partsLimit", () => avslutt(ugyldig("multipart", "For mange deler i forespørselen")));
    parser.on("filesLimit", () => avslutt(ugyldig("multipart", "For mange deler i forespørselen")));
    parser.on("error", () => avslutt(ugyldig("multipart", "Ugyldig multipart/form-data")));
    parser.on("finish", async () => {
      const [metadata, dokument] = await Promise.all([deler.get("metadata"), deler.get("dokument")]);
      if (!metadata) return avslutt(ugyldig("metadata", "Delen metadata mangler"));
      if (!dokument) return avslutt(ugyldig("dokument", "Delen dokument mangler"));
      avslutt({ metadata, dokument });
    });
    let lest = 0;
    function tell(bit: Buffer) {
      lest += bit.length;
      if (lest > totalMaks) avslutt(forStor(maksBytes));
    }
    request.on("data", tell);
    // A client that disconnects mid-upload ends the read; nothing has been stored.
    request.on("error", () => avslutt(ugyldig("multipart", "Forespørselen ble avbrutt")));
    request.on("aborted", () => avslutt(ugyldig("multipart", "Forespørselen ble avbrutt")));
    request.pipe(parser);
  });
}
