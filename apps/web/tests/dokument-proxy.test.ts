import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { hentDokument } from "../src/lib/dokument-proxy.ts";

const PDF = Buffer.from("%PDF-1.4\n% demo\n%%EOF\n");
const ID = "d0c5e11a-0000-4000-9000-000000000001";
const NIVA4 = "d0c5e11a-0000-4000-9000-000000000003";

/** A stand-in for the gateway's GET /dokumenter/{id}, answering as Innsyn's document route does. */
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url ?? "", headers: req.headers });
  const json = (status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (req.headers.authorization !== "Bearer citizen-token") return json(401, { errorCode: "UNAUTHENTICATED" });
  if (req.url === `/dokumenter/${ID}`) {
    return res
      .writeHead(200, {
        "content-type": "application/pdf",
        "content-length": String(PDF.byteLength),
        "content-disposition": `inline; filename="Vedtak.pdf"; filename*=UTF-8''Vedtak.pdf`,
        "cache-control": "private, no-store",
        digest: "sha-256=abc=",
        "x-internal": "not for the browser",
      })
      .end(PDF);
  }
  if (req.url === `/dokumenter/${NIVA4}`) return json(403, { errorCode: "INNSYN.KREVER_INNLOGGINGSNIVA_4" });
  if (req.url?.startsWith("/dokumenter/forbidden")) return json(403, { errorCode: "SOMETHING_ELSE" });
  return json(404, { errorCode: "DOKUMENTLAGER.IKKE_FUNNET" });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("hentDokument", () => {
  it("streams the document with its own headers, the token sent only server to server", async () => {
    const svar = await hentDokument(gatewayUrl, ID, "citizen-token", false);
    expect(svar.type).toBe("dokument");
    if (svar.type !== "dokument") return;
    expect(Buffer.from(await svar.response.arrayBuffer())).toEqual(PDF);
    const headers = Object.fromEntries(svar.response.headers);
    expect(headers).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(PDF.byteLength),
      "content-disposition": `inline; filename="Vedtak.pdf"; filename*=UTF-8''Vedtak.pdf`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      digest: "sha-256=abc=",
    });
    expect(headers["x-internal"]).toBeUndefined();
    expect(seen.at(-1)).toMatchObject({ url: `/dokumenter/${ID}` });
  });

  it("makes the same document a download with last-ned", async () => {
    const svar = await hentDokument(gatewayUrl, ID, "citizen-token", true);
    expect(svar.type === "dokument" && svar.response.headers.get("content-disposition")).toBe(
      `attachment; filename="Vedtak.pdf"; filename*=UTF-8''Vedtak.pdf`,
    );
  });

  it("tells the step-up case apart from every other refusal, which reads as not found", async () => {
    expect(await hentDokument(gatewayUrl, NIVA4, "citizen-token", false)).toEqual({ type: "kreverNiva4" });
    expect(await hentDokument(gatewayUrl, "forbidden-x", "citizen-token", false)).toEqual({ type: "ikkeFunnet" });
    expect(await hentDokument(gatewayUrl, "d0c5e11a-0000-4000-9000-0000000000ff", "citizen-token", false)).toEqual({
      type: "ikkeFunnet",
    });
  });

  it("reports a token the gateway no longer accepts, and an unreachable gateway as not found", async () => {
    expect(await hentDokument(gatewayUrl, ID, "expired", false)).toEqual({ type: "ikkeInnlogget" });
    expect(await hentDokument("http://127.0.0.1:9/graphql", ID, "citizen-token", false)).toEqual({
      type: "ikkeFunnet",
    });
  });
});
