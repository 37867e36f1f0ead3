import { type DemoKommune, KARI, minimalPdf, OSLO } from "@minkommune/demo-data";
import { expect } from "vitest";
import { brev, type InnsynRestStack } from "./innsyn-rest-stack.ts";
import type { HeaderMap } from "./rest-stack.ts";

/** The document store's collection for a municipality. */
export const dokumenterPath = (kommune: DemoKommune = OSLO) => `/dokumentlager/api/v1/${kommune.fiksOrgId}/dokumenter`;

/** A multipart upload as a Fiks client sends it: the `metadata` JSON part and the `dokument` file. */
export function opplasting(innhold: Uint8Array = minimalPdf(["Vedtak"]), metadata: Record<string, unknown> = {}) {
  const form = new FormData();
  const meta = { dokumentnavn: "Vedtak om plass", mimetype: "application/pdf", sikkerhetsniva: 3, ...metadata };
  form.append("metadata", new Blob([JSON.stringify(meta)], { type: "application/json" }));
  form.append("dokument", new Blob([new Uint8Array(innhold)]), "vedtak.pdf");
  return form;
}

/** POSTs a document through the gateway. */
export const lastOpp = (rest: InnsynRestStack, headers: HeaderMap, body: FormData = opplasting(), kommune = OSLO) =>
  rest.api.request("POST", dokumenterPath(kommune), { headers, body });

/** Uploads as Oslo and indexes a letter to Kari linking to it; the document's id and link. */
export async function dokumentTilKari(rest: InnsynRestStack, innhold?: Uint8Array, niva: 3 | 4 = 3) {
  const response = await lastOpp(rest, rest.oslo, opplasting(innhold, { sikkerhetsniva: niva }));
  expect(response.status, response.text).toBe(201);
  const { id, lenke } = response.body as { id: string; lenke: string };
  const melding = brev({ sikkerhetsniva: niva });
  const metadata = JSON.parse(Buffer.from(melding.meldingMetadata as string, "base64").toString("utf8"));
  metadata.dokumenter[0].nedlastingLenke = lenke;
  melding.meldingMetadata = Buffer.from(JSON.stringify(metadata)).toString("base64");
  const indexed = await rest.indekser([melding]);
  expect(indexed.status, indexed.text).toBe(200);
  return { id, lenke, meldingId: melding.meldingId as string, pid: KARI.pid };
}
