import { KARI, OSLO } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_INDEX_BODY_BYTES } from "../src/rest/innsyn-index.ts";
import { base64, brev, INDEX_REQUEST, type InnsynRestStack, startInnsynRestStack } from "./rest/innsyn-rest-stack.ts";
import type { ErrorMessage, HeaderMap } from "./rest/rest-stack.ts";

let rest: InnsynRestStack;
let kari: HeaderMap;
beforeAll(async () => {
  rest = await startInnsynRestStack();
  kari = await rest.innbygger(KARI.pid, 4);
});
afterAll(() => rest?.close());

/** The melding's tittel as Kari sees it through GraphQL, or null when she cannot. */
const tittelForKari = (meldingId: string) => rest.tittelFor(kari, meldingId);

const metadata = (tittel: string) =>
  base64({
    tittel,
    avsender: "Oslo kommune",
    sendtDato: Date.parse("2026-11-20T08:00:00Z"),
    lest: false,
    dokumenter: [{ tittel: "Brevet", mimeType: "application/pdf", nedlastingLenke: "https://example.test/d/2" }],
  });

interface Invalid {
  index: number;
  meldingId?: string;
  field: string;
  message: string;
}

describe("PUT /innsyn-index/api/v2/indexRequest", () => {
  it("indexes a batch and answers MeldingIndexResponseV2; the same meldingId again is oppdatert", async () => {
    const a = brev({ meldingMetadata: metadata("Første brev") });
    const b = brev();
    const first = await rest.indekser([a, b]);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ opprettet: 2, oppdatert: 0, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
    expect(await tittelForKari(a.meldingId as string)).toBe("Første brev");
    const again = await rest.indekser([{ ...a, meldingMetadata: metadata("Rettet brev") }]);
    expect(again.body).toEqual({ opprettet: 0, oppdatert: 1, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
    expect(await tittelForKari(a.meldingId as string)).toBe("Rettet brev");
  });

  it("refuses a batch with invalid meldinger with 400 naming every one, and writes none of it", async () => {
    const valid = brev();
    const meldinger = [
      valid,
      brev({ meldingMetadata: "ikke base64!" }),
      brev({ versjon: "UKJENT_V9" }),
      brev({ eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "12345678901" } }),
      brev({ meldingMetadata: base64({ tittel: "Uten avsender" }) }),
    ];
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(400);
    const error = response.body as ErrorMessage & {
      errorJson: string;
      errorDetails: { field: string; invalid: Invalid[] };
    };
    expect(error.errorCode).toBe("BAD_USER_INPUT");
    expect(error.errorDetails.field).toBe("meldinger");
    const byIndex = (index: number) => error.errorDetails.invalid.filter((i) => i.index === index).map((i) => i.field);
    expect(byIndex(0)).toEqual([]);
    expect(byIndex(1)).toEqual(["meldingMetadata"]);
    expect(byIndex(2)).toEqual(["versjon"]);
    expect(byIndex(3)).toEqual(["eksponertFor.verdi"]);
    expect(byIndex(4).every((field) => field.startsWith("meldingMetadata."))).toBe(true);
    expect(error.errorDetails.invalid[0]?.meldingId).toBe(meldinger[1]?.meldingId);
    expect(JSON.parse(error.errorJson)).toEqual(error.errorDetails);
    expect(response.text).not.toContain("12345678901");
    expect(response.text).not.toContain(KARI.pid);
    expect(await tittelForKari(valid.meldingId as string)).toBeNull();
  });

  it("names each melding whose fields have the wrong JSON type", async () => {
    const meldinger = [brev(), brev({ sikkerhetsniva: "4" }), brev({ meldingMetadata: 12 }), brev({ prioritet: 1 })];
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(400);
    const details = (response.body as ErrorMessage).errorDetails as { field: string; invalid: Invalid[] };
    expect(details.field).toBe("meldinger[1].sikkerhetsniva");
    expect(details.invalid.map((i) => [i.index, i.field, i.meldingId])).toEqual([
      [1, "sikkerhetsniva", meldinger[1]?.meldingId],
      [2, "meldingMetadata", meldinger[2]?.meldingId],
      [3, "prioritet", meldinger[3]?.meldingId],
    ]);
    expect(await tittelForKari(meldinger[0]?.meldingId as string)).toBeNull();
  });

  it("answers 422 for more than 5000 meldinger and writes nothing", async () => {
    const meldinger = Array.from({ length: 5001 }, () => brev());
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(422);
    expect((response.body as ErrorMessage).errorCode).toBe("BATCH_TOO_LARGE");
    expect(await tittelForKari(meldinger[0]?.meldingId as string)).toBeNull();
  });

  it("takes exactly 5000", async () => {
    const meldinger = Array.from({ length: 5000 }, () => brev());
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ opprettet: 5000 });
  });

  it("takes a batch of 5000 meldinger of 8 MB in all, under the adapter's limit and the subgraph's", async () => {
    // The longest tittel forsendelseV2 takes (1000 characters), so the batch is as large as it can be.
    const meldingMetadata = metadata(`Brev ${"x".repeat(995)}`);
    const meldinger = Array.from({ length: 5000 }, () => brev({ meldingMetadata }));
    const size = JSON.stringify({ meldinger }).length;
    expect(size).toBeGreaterThan(8 * 1024 * 1024);
    expect(size).toBeLessThan(MAX_INDEX_BODY_BYTES);
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(200);
  });

  it.each([
    ["no meldinger property", {}, "meldinger"],
    ["meldinger not a list", { meldinger: "x" }, "meldinger"],
    ["no melding with a fiksOrganisasjonId", { meldinger: [brev({ fiksOrganisasjonId: "0301" })] }, "meldinger"],
    ["an empty list", { meldinger: [] }, "meldinger"],
    ["a property IndexRequestV2 does not have", { meldinger: [brev()], prioritet: 1 }, "prioritet"],
  ])("answers 400 for %s", async (_name, body, field) => {
    const response = await rest.api.send("PUT", INDEX_REQUEST, rest.oslo, body);
    expect(response.status, response.text).toBe(400);
    expect((response.body as ErrorMessage).errorDetails?.field).toBe(field);
  });

  it("answers 405 with Allow for another method", async () => {
    const response = await rest.api.request("POST", INDEX_REQUEST, { headers: rest.oslo });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("PUT");
  });

  it("logs each refusal once with its errorId, without the body", async () => {
    const response = await rest.indekser([brev({ meldingMetadata: base64({ tittel: "Hemmelig tittel" }) })]);
    const { errorId } = response.body as ErrorMessage;
    const lines = rest.logLines.filter((line) => line.errorId === errorId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 400, errorCode: "BAD_USER_INPUT", path: INDEX_REQUEST });
    expect(JSON.stringify(rest.logLines)).not.toContain("Hemmelig");
    expect(JSON.stringify(rest.logLines)).not.toContain(KARI.pid);
  });

  it("indexes for the organisation in the meldinger", async () => {
    const melding = brev({ fiksOrganisasjonId: OSLO.fiksOrgId.toUpperCase() });
    expect((await rest.indekser([melding])).status).toBe(200);
  });
});
