import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { INTERNAL_TOKEN_HEADER } from "@minkommune/auth";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { DEMO_INTEGRASJONER, type DemoIntegrasjon, OSLO } from "@minkommune/demo-data";
import { createDevIdp, generateSigningJwks } from "@minkommune/dev-idp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../src/server.ts";
import { fagsystemHeaders, type HeaderMap } from "./rest/rest-stack.ts";
import { INNBYGGER_SECRET, INTERNAL_SECRET } from "./stack.ts";

/**
 * Proof that the gateway streams documents instead of buffering them: the gateway forwards to a
 * loopback server standing where the Innsyn subgraph would, which holds back the second half of a
 * transfer until the other side has received the first half. A gateway that buffered would wait
 * for the whole body and the test would time out.
 */

const CHUNK = 256 * 1024;
const WAIT_MS = 5_000;

/** A promise with its resolver; rejects after WAIT_MS so a buffering gateway fails instead of hanging. */
function signal(what: string) {
  let resolve = () => {};
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    setTimeout(() => fail(new Error(`${what} did not arrive within ${WAIT_MS} ms: the body was buffered`)), WAIT_MS);
  });
  promise.catch(() => undefined);
  return { promise, resolve };
}

let upstreamGotFirstChunk = signal("the upload's first chunk");
let clientGotFirstChunk = signal("the download's first chunk");
let seenHeaders: IncomingMessage["headers"] = {};
/** Whether the client had the download's first half before the store sent the second. */
let downloadStreamed = false;

const upstream: Server = createServer(async (request, response) => {
  seenHeaders = request.headers;
  if (request.method === "POST") {
    let received = 0;
    for await (const chunk of request) {
      received += (chunk as Buffer).byteLength;
      if (received >= CHUNK) upstreamGotFirstChunk.resolve();
    }
    response
      .writeHead(201, { "content-type": "application/json", location: "/dokumentlager/x", "x-intern": "nei" })
      .end(JSON.stringify({ received }));
    return;
  }
  response.writeHead(200, {
    "content-type": "application/pdf",
    "content-disposition": 'inline; filename="a.pdf"',
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  response.write(Buffer.alloc(CHUNK, 1));
  downloadStreamed = await clientGotFirstChunk.promise.then(
    () => true,
    () => false,
  );
  response.end(Buffer.alloc(CHUNK, 2));
});

let gateway: Awaited<ReturnType<typeof startGateway>>;
let idp: Awaited<ReturnType<typeof createDevIdp>>;
let database: TestDatabase;
let oslo: HeaderMap;
beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const { port } = upstream.address() as AddressInfo;
  idp = await createDevIdp({ port: 0, jwks: await generateSigningJwks() });
  database = await createTestDatabase();
  gateway = await startGateway({
    databaseUrl: database.url,
    dataDir: "",
    host: "127.0.0.1",
    port: 0,
    seedDemo: true,
    internalTokenSecret: INTERNAL_SECRET,
    innbyggerIdSecret: INNBYGGER_SECRET,
    subgraphUrls: {
      innsyn: `http://127.0.0.1:${port}/graphql`,
      oppgave: "http://127.0.0.1:9/graphql",
      faktura: "http://127.0.0.1:9/graphql",
    },
    idporten: { issuer: idp.idportenIssuer, audience: "minkommune-api" },
    maskinporten: { issuer: idp.maskinportenIssuer, audience: "minkommune-api" },
    restLog: () => undefined,
  });
  oslo = await fagsystemHeaders({ idp }, DEMO_INTEGRASJONER[0] as DemoIntegrasjon);
});
afterAll(async () => {
  await gateway?.close();
  await idp?.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  await database?.drop();
});

describe("document streaming through the gateway", () => {
  it("passes an upload on while it is still being sent, with the internal token instead of the credentials", async () => {
    upstreamGotFirstChunk = signal("the upload's first chunk");
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        pulls += 1;
        if (pulls === 1) return controller.enqueue(new Uint8Array(CHUNK).fill(7));
        await upstreamGotFirstChunk.promise;
        controller.enqueue(new Uint8Array(CHUNK).fill(8));
        controller.close();
      },
    });
    const response = await fetch(`${gateway.url}/dokumentlager/api/v1/${OSLO.fiksOrgId}/dokumenter`, {
      method: "POST",
      headers: { ...oslo, "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ received: 2 * CHUNK });
    expect(response.headers.get("location")).toBe("/dokumentlager/x");
    expect(response.headers.get("x-intern")).toBeNull();
    expect(seenHeaders[INTERNAL_TOKEN_HEADER]).toEqual(expect.any(String));
    expect(seenHeaders["content-type"]).toBe("multipart/form-data; boundary=x");
    expect(seenHeaders.authorization).toBeUndefined();
    expect(seenHeaders.integrasjonpassord).toBeUndefined();
  });

  it("hands a download to the client while the store is still sending it", async () => {
    clientGotFirstChunk = signal("the download's first chunk");
    const response = await fetch(`${gateway.url}/dokumenter/${crypto.randomUUID()}`, { headers: oslo });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('inline; filename="a.pdf"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let received = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      received += read.value.byteLength;
      if (received >= CHUNK) clientGotFirstChunk.resolve();
    }
    expect(received).toBe(2 * CHUNK);
    expect(downloadStreamed).toBe(true);
  });
});
