import { createHash } from "node:crypto";
import { minimalPdf, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { innbygger } from "@minkommune/subgraph-kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows.ts";
import { baseOf, errorMessage, lastOpp, metadata, skjema, tokenHeaders } from "./dokumentlager-helpers.ts";
import { integrasjon, startInnsynWithDb } from "./helpers.ts";

const MAKS = 64 * 1024;
const PDF = minimalPdf(["Vedtak", "Du har fått plass."]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
/** A PDF of exactly `bytes` bytes: a real header, padded with a PDF comment line. */
const pdfAv = (bytes: number) => {
  const pdf = new Uint8Array(bytes).fill(0x20);
  pdf.set(new TextEncoder().encode("%PDF-1.4\n%"));
  return pdf;
};

let innsyn: Awaited<ReturnType<typeof startInnsynWithDb>>;
let base: string;
const oslo = integrasjon(OSLO);
beforeAll(async () => {
  innsyn = await startInnsynWithDb(undefined, {
    maksDokumentStorrelse: MAKS,
    dokumentlenkeBase: "https://minkommune.test",
  });
  base = baseOf(innsyn.url);
});
afterAll(() => innsyn.close());

const antallDokumenter = async () =>
  Number(rowsOf<{ n: string }>(await innsyn.db.execute(sql`select count(*) as n from innsyn.dokument`))[0]?.n);

describe("upload (POST /dokumentlager/api/v1/{fiksOrganisasjonId}/dokumenter)", () => {
  it("stores a PDF and answers 201 with id, size, checksum, the citizen link and Location", async () => {
    const response = await lastOpp(base, oslo, OSLO, skjema({ metadata: metadata(), dokument: PDF }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      dokumentnavn: "Vedtak om plass i barnehage",
      mimeType: "application/pdf",
      ukryptertStorrelse: PDF.byteLength,
      kryptertStorrelse: null,
      storrelse: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      lenke: `https://minkommune.test/dokumenter/${body.id}`,
    });
    expect(response.headers.get("location")).toBe(`/dokumentlager/api/v1/${OSLO.fiksOrgId}/dokumenter/${body.id}`);
    const [row] = rowsOf<{ integrasjon_id: string; storrelse: string; deler: string }>(
      await innsyn.db.execute(sql`select d.integrasjon_id, d.storrelse,
        (select count(*) from innsyn.dokumentdel p where p.dokument_id = d.dokument_id) as deler
        from innsyn.dokument d where d.dokument_id = ${String(body.id)}`),
    );
    expect(row?.integrasjon_id).toBe(oslo.type === "integrasjon" ? oslo.integrasjonId : null);
    expect(Number(row?.storrelse)).toBe(PDF.byteLength);
    expect(Number(row?.deler)).toBe(1);
  });

  it("accepts metadata as a plain form field, a PNG, and a document exactly at the limit", async () => {
    const png = await lastOpp(
      base,
      oslo,
      OSLO,
      skjema({ metadata: JSON.stringify(metadata({ mimetype: "image/png" })), dokument: PNG }),
    );
    expect(png.status).toBe(201);
    expect(((await png.json()) as { mimeType: string }).mimeType).toBe("image/png");
    const full = await lastOpp(base, oslo, OSLO, skjema({ metadata: metadata(), dokument: pdfAv(MAKS) }));
    expect(full.status).toBe(201);
  });

  it("refuses a document one byte over the limit with 413 and stores nothing", async () => {
    const before = await antallDokumenter();
    const response = await lastOpp(base, oslo, OSLO, skjema({ metadata: metadata(), dokument: pdfAv(MAKS + 1) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(
      errorMessage(413, {
        error: "Payload Too Large",
        errorCode: "DOKUMENTLAGER.FOR_STORT",
        errorDetails: { field: "dokument", maksStorrelse: MAKS },
        errorJson: expect.any(String),
      }),
    );
    expect(await antallDokumenter()).toBe(before);
  });

  it("stops reading a huge streamed body without Content-Length at the limit", async () => {
    const boundary = "grense1234";
    const start = new TextEncoder().encode(
      `--${boundary}\r\ncontent-disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(metadata())}\r\n` +
        `--${boundary}\r\ncontent-disposition: form-data; name="dokument"; filename="stor.pdf"\r\n\r\n%PDF-1.4\n`,
    );
    let sendt = 0;
    const MB = new Uint8Array(1024 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(start);
      },
      pull(controller) {
        // 200 MB would be sent if the server kept reading; it must answer long before that.
        if (sendt >= 200) return controller.close();
        sendt++;
        controller.enqueue(MB);
      },
    });
    const response = await lastOpp(base, oslo, OSLO, body, {
      "content-type": `multipart/form-data; boundary=${boundary}`,
    });
    // The server answers 413 and closes the connection while the client is still sending.
    expect(response.status).toBe(413);
    expect(sendt).toBeLessThan(200);
  });

  it("survives a client that disconnects mid-upload, storing nothing", async () => {
    const before = await antallDokumenter();
    const boundary = "avbrutt";
    const avbryt = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            `--${boundary}\r\ncontent-disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(metadata())}\r\n` +
              `--${boundary}\r\ncontent-disposition: form-data; name="dokument"; filename="a.pdf"\r\n\r\n%PDF-1.4\n`,
          ),
        );
        setTimeout(() => avbryt.abort(), 100);
      },
    });
    const svar = await fetch(`${base}/dokumentlager/api/v1/${OSLO.fiksOrgId}/dokumenter`, {
      method: "POST",
      headers: { ...(await tokenHeaders(oslo)), "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
      signal: avbryt.signal,
    } as RequestInit).catch((error: unknown) => error);
    expect(svar).toBeInstanceOf(Error);
    const etterpa = await lastOpp(base, oslo, OSLO, skjema({ metadata: metadata(), dokument: PDF }));
    expect(etterpa.status).toBe(201);
    expect(await antallDokumenter()).toBe(before + 1);
  });

  it("refuses a Content-Length over the limit from the header, closing the connection rather than reading a large body", async () => {
    const send = async (bytes: number) =>
      fetch(`${base}/dokumentlager/api/v1/${OSLO.fiksOrgId}/dokumenter`, {
        method: "POST",
        headers: { ...(await tokenHeaders(oslo)), "content-type": "multipart/form-data; boundary=x" },
        body: new Uint8Array(bytes),
      });
    // A small excess is read and dropped, so the connection can be reused.
    const litt = await send(MAKS * 4);
    expect(litt.status).toBe(413);
    expect(litt.headers.get("connection")).toBe("keep-alive");
    const mye = await send(8 * 1024 * 1024);
    expect(mye.status).toBe(413);
    expect(mye.headers.get("connection")).toBe("close");
  });

  it.each([
    ["PNG content declared as PDF", metadata(), PNG, "mimetype"],
    ["text declared as PDF", metadata(), new TextEncoder().encode("bare tekst"), "mimetype"],
    ["a ZIP declared as PDF", metadata(), ZIP, "mimetype"],
    ["an unsupported declared type", metadata({ mimetype: "application/zip" }), ZIP, "mimetype"],
    ["an empty document", metadata(), new Uint8Array(0), "dokument"],
    ["sikkerhetsniva 5", metadata({ sikkerhetsniva: 5 }), PDF, "sikkerhetsniva"],
    ["a blank dokumentnavn", metadata({ dokumentnavn: " " }), PDF, "dokumentnavn"],
    ["both ttl and tilgjengeligTil", metadata({ ttl: 1000, tilgjengeligTil: "2099-01-01T00:00:00Z" }), PDF, "ttl"],
    ["tilgjengeligTil in the past", metadata({ tilgjengeligTil: "2020-01-01T00:00:00Z" }), PDF, "tilgjengeligTil"],
  ])("refuses %s with 400 naming the field", async (_name, meta, dokument, field) => {
    const before = await antallDokumenter();
    const response = await lastOpp(base, oslo, OSLO, skjema({ metadata: meta, dokument }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(
      errorMessage(400, {
        errorCode: "DOKUMENTLAGER.UGYLDIG_FORESPORSEL",
        errorDetails: { field },
        errorJson: JSON.stringify({ field }),
      }),
    );
    expect(await antallDokumenter()).toBe(before);
  });

  it.each([
    ["no metadata part", skjema({ dokument: PDF }), "metadata"],
    ["no dokument part", skjema({ metadata: metadata() }), "dokument"],
    ["metadata that is not JSON", skjema({ metadata: "{ikke json", dokument: PDF }), "metadata"],
    [
      "two dokument parts",
      (() => {
        const form = skjema({ metadata: metadata(), dokument: PDF });
        form.append("dokument", new Blob([PDF]), "igjen.pdf");
        return form;
      })(),
      "dokument",
    ],
  ])("refuses %s with 400 naming the part", async (_name, form, field) => {
    const response = await lastOpp(base, oslo, OSLO, form);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorDetails: unknown }).errorDetails).toEqual({ field });
  });

  it("refuses a body that is not multipart (415) and multipart without a boundary (400)", async () => {
    const json = await lastOpp(base, oslo, OSLO, JSON.stringify(metadata()), { "content-type": "application/json" });
    expect(json.status).toBe(415);
    expect(((await json.json()) as { errorDetails: unknown }).errorDetails).toEqual({ field: "content-type" });
    const utenGrense = await lastOpp(base, oslo, OSLO, "x", { "content-type": "multipart/form-data; charset=utf-8" });
    expect(utenGrense.status).toBe(400);
  });

  it("refuses client-side encryption, which this store does not offer", async () => {
    const response = await fetch(`${base}/dokumentlager/api/v1/${OSLO.fiksOrgId}/dokumenter?kryptert=true`, {
      method: "POST",
      headers: await tokenHeaders(oslo),
      body: skjema({ metadata: metadata(), dokument: PDF }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorDetails: unknown }).errorDetails).toEqual({ field: "kryptert" });
  });

  it("refuses another municipality, a missing privilege, a citizen and a missing token, storing nothing", async () => {
    const before = await antallDokumenter();
    const form = () => skjema({ metadata: metadata(), dokument: PDF });
    const annenKommune = await lastOpp(base, oslo, TRONDHEIM, form());
    expect(annenKommune.status).toBe(403);
    expect(await annenKommune.json()).toEqual(
      errorMessage(403, { errorCode: "DOKUMENTLAGER.INTEGRASJON_IKKE_AUTORISERT" }),
    );
    expect((await lastOpp(base, integrasjon(OSLO, { privilegier: ["OPPGAVE", "FAKTURA"] }), OSLO, form())).status).toBe(
      403,
    );
    expect((await lastOpp(base, innbygger("12858510048"), OSLO, form())).status).toBe(403);
    expect((await lastOpp(base, null, OSLO, form())).status).toBe(401);
    expect((await lastOpp(base, oslo, "ikke-en-uuid", form())).status).toBe(400);
    expect(await antallDokumenter()).toBe(before);
  });
});

describe("delete (DELETE /dokumentlager/api/v1/{fiksOrganisasjonId}/dokumenter/{id})", () => {
  const slett = async (principal: Parameters<typeof tokenHeaders>[0], org: string, id: string) =>
    fetch(`${base}/dokumentlager/api/v1/${org}/dokumenter/${id}`, {
      method: "DELETE",
      headers: await tokenHeaders(principal),
    });

  it("deletes only the integration's own documents; others get the same 404 as an unknown id", async () => {
    const opplastet = await lastOpp(base, oslo, OSLO, skjema({ metadata: metadata(), dokument: PDF }));
    const { id } = (await opplastet.json()) as { id: string };
    const annenIntegrasjon = integrasjon(OSLO, { integrasjonId: "7e0e0e0e-0000-4000-8000-000000000001" });
    const fremmed = await slett(annenIntegrasjon, OSLO.fiksOrgId, id);
    expect(fremmed.status).toBe(404);
    expect(await fremmed.json()).toEqual(errorMessage(404, { errorCode: "DOKUMENTLAGER.IKKE_FUNNET" }));
    expect((await slett(integrasjon(TRONDHEIM), TRONDHEIM.fiksOrgId, id)).status).toBe(404);
    expect((await slett(oslo, OSLO.fiksOrgId, crypto.randomUUID())).status).toBe(404);
    expect((await slett(oslo, OSLO.fiksOrgId, "ikke-en-uuid")).status).toBe(404);
    expect(await antallMed(id)).toBe(1);

    expect((await slett(oslo, OSLO.fiksOrgId, id)).status).toBe(204);
    expect(await antallMed(id)).toBe(0);
    expect((await slett(oslo, OSLO.fiksOrgId, id)).status).toBe(404);
  });

  it("answers 405 to other methods on the upload paths", async () => {
    const response = await fetch(`${base}/dokumentlager/api/v1/${OSLO.fiksOrgId}/dokumenter`, {
      headers: await tokenHeaders(oslo),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

async function antallMed(id: string): Promise<number> {
  const rows = rowsOf<{ n: string }>(
    await innsyn.db.execute(sql`select (select count(*) from innsyn.dokument where dokument_id = ${id})
      + (select count(*) from innsyn.dokumentdel where dokument_id = ${id}) as n`),
  );
  return Math.min(Number(rows[0]?.n), 1);
}
