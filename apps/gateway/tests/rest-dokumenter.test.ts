import { KARI, minimalPdf } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dokumenterPath, dokumentTilKari, lastOpp, opplasting } from "./rest/dokumenter.ts";
import { type InnsynRestStack, startInnsynRestStack } from "./rest/innsyn-rest-stack.ts";
import type { ErrorMessage, HeaderMap } from "./rest/rest-stack.ts";

let rest: InnsynRestStack;
let kari: HeaderMap;
beforeAll(async () => {
  rest = await startInnsynRestStack();
  kari = await rest.innbygger(KARI.pid, 4);
});
afterAll(() => rest?.close());

const hent = (lenke: string, headers: HeaderMap) => rest.api.request("GET", lenke, { headers });

describe("the document store through the gateway", () => {
  it("uploads with 201, Location and the link, and the citizen downloads the exact bytes with the store's headers", async () => {
    const pdf = minimalPdf(["Vedtak om plass"]);
    const upload = await lastOpp(rest, rest.oslo, opplasting(pdf));
    expect(upload.status, upload.text).toBe(201);
    const body = upload.body as { id: string; lenke: string; mimeType: string; ukryptertStorrelse: number };
    expect(upload.headers.get("location")).toBe(`${dokumenterPath()}/${body.id}`);
    expect(upload.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ lenke: `/dokumenter/${body.id}`, mimeType: "application/pdf" });
    expect(body.ukryptertStorrelse).toBe(pdf.byteLength);

    const { lenke } = await dokumentTilKari(rest, pdf);
    const download = await hent(lenke, kari);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toMatch(/^inline; filename="Vedtak om plass\.pdf"/);
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(download.bytes).equals(Buffer.from(pdf))).toBe(true);
  });

  it("carries a large document both ways unchanged", async () => {
    const stor = new Uint8Array(6 * 1024 * 1024).fill(0x20);
    for (let i = 0; i < stor.length; i += 4096) stor[i] = i % 251;
    stor.set(new TextEncoder().encode("%PDF-1.4\n%"));
    const { lenke } = await dokumentTilKari(rest, stor);
    const download = await hent(lenke, kari);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-length")).toBe(String(stor.byteLength));
    expect(Buffer.from(download.bytes).equals(Buffer.from(stor))).toBe(true);
  });

  it("deletes the integration's own document with 204; the link then answers 404", async () => {
    const { id, lenke } = await dokumentTilKari(rest);
    const deleted = await rest.api.request("DELETE", `${dokumenterPath()}/${id}`, { headers: rest.oslo });
    expect(deleted.status, deleted.text).toBe(204);
    expect((await hent(lenke, kari)).status).toBe(404);
  });

  it("passes the store's refusals through as they are: a type that does not match the content", async () => {
    const upload = await lastOpp(rest, rest.oslo, opplasting(new TextEncoder().encode("ikke en pdf")));
    expect(upload.status).toBe(400);
    expect(upload.body).toMatchObject({
      errorCode: "DOKUMENTLAGER.UGYLDIG_FORESPORSEL",
      errorDetails: { field: "mimetype" },
    });
  });

  it("tells a level-3 session to step up for a level-4 document", async () => {
    const { lenke } = await dokumentTilKari(rest, minimalPdf(["Helse"]), 4);
    const niva3 = await hent(lenke, await rest.innbygger(KARI.pid, 3));
    expect(niva3.status).toBe(403);
    expect((niva3.body as ErrorMessage).errorCode).toBe("INNSYN.KREVER_INNLOGGINGSNIVA_4");
    expect((await hent(lenke, kari)).status).toBe(200);
  });

  it.each([
    ["PUT", `${dokumenterPath()}`, "POST"],
    ["GET", `${dokumenterPath()}/${crypto.randomUUID()}`, "DELETE"],
    ["DELETE", `/dokumenter/${crypto.randomUUID()}`, "GET"],
  ])("answers 405 to %s %s with Allow", async (method, path, allow) => {
    const response = await rest.api.request(method, path, { headers: rest.oslo });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
  });

  it("answers 400 naming a path parameter that is not a UUID", async () => {
    const response = await rest.api.request("GET", "/dokumenter/vedtak.pdf", { headers: kari });
    expect(response.status).toBe(400);
    expect((response.body as ErrorMessage).errorDetails?.field).toBe("dokumentId");
    const upload = await rest.api.request("POST", "/dokumentlager/api/v1/0301/dokumenter", {
      headers: rest.oslo,
      body: opplasting(),
    });
    expect((upload.body as ErrorMessage).errorDetails?.field).toBe("fiksOrganisasjonId");
  });
});
