import { createHash } from "node:crypto";
import type { HentetDokument } from "./dokumentlager.ts";

/** The stored content does not match the size or checksum recorded at upload. */
export class KorruptDokumentError extends Error {}

/**
 * Reads a document whole and checks it against its upload checksum before returning it, so a
 * corrupted file is never sent: not one byte goes out before the check passes. Memory is bounded
 * by the recorded size (at most the upload limit); reading stops as soon as the content exceeds it.
 */
export async function lesVerifisert(dokument: HentetDokument): Promise<Buffer> {
  const { id, storrelse, sha256 } = dokument.metadata;
  const hash = createHash("sha256");
  const parts: Uint8Array[] = [];
  let lest = 0;
  for await (const part of dokument.innhold()) {
    lest += part.byteLength;
    if (lest > storrelse) throw new KorruptDokumentError(`dokument ${id} er større enn lagret størrelse`);
    hash.update(part);
    parts.push(part);
  }
  if (lest !== storrelse) throw new KorruptDokumentError(`dokument ${id} er mindre enn lagret størrelse`);
  if (hash.digest("hex") !== sha256) throw new KorruptDokumentError(`dokument ${id} har feil sjekksum`);
  return Buffer.concat(parts, lest);
}
