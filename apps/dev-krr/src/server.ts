import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { demoRegister } from "./fixtures.ts";
import { ikkeRegistrert, type KrrPerson } from "./krr-person.ts";
import { type MaskinportenTilgangOptions, maskinportenTilgang } from "./maskinporten-tilgang.ts";

export type { KrrPerson } from "./krr-person.ts";
export { KRR_SCOPE, type MaskinportenTilgangOptions } from "./maskinporten-tilgang.ts";

/** Where dev-krr listens and what it knows. */
export interface DevKrrOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The register; default: the demo persons. Persons not in it are IKKE_REGISTRERT. */
  personer?: readonly KrrPerson[];
  /**
   * Require a Maskinporten token with scope krr:global/kontaktinformasjon.read, as KRR does.
   * Left out, oppslag need no token (the browser tests' stack runs dev-krr so).
   */
  maskinporten?: MaskinportenTilgangOptions;
}

/** A listening dev-krr. */
export interface DevKrr {
  url: string;
  /** The person ids of every oppslag answered so far, so tests can prove lookups are batched. */
  oppslag(): string[][];
  close(): Promise<void>;
}

// KRR takes 1 to 1000 person ids per request.
const oppslagSchema = z.object({ personidentifikatorer: z.array(z.string()).min(1).max(1000) });
const MAX_BODY_BYTES = 200_000;

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("body too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(body));
}

/** Starts the KRR stand-in: POST /rest/v1/personer as KRR's oppslagstjeneste, GET /health. */
export async function createDevKrr(options: DevKrrOptions): Promise<DevKrr> {
  const register = new Map((options.personer ?? demoRegister()).map((p) => [p.personidentifikator, p]));
  const oppslag: string[][] = [];
  const tilgang = options.maskinporten ? maskinportenTilgang(options.maskinporten) : undefined;
  const server = createServer(async (request, response) => {
    if (request.method === "GET" && request.url === "/health") return send(response, 200, { status: "ok" });
    if (request.url !== "/rest/v1/personer") return send(response, 404, { melding: "Ukjent ressurs" });
    if (request.method !== "POST") return send(response, 405, { melding: "Bruk POST" });
    const svar = tilgang ? await tilgang(request.headers.authorization) : { ok: true as const };
    if (!svar.ok) {
      const headers: Record<string, string> = svar.wwwAuthenticate ? { "www-authenticate": svar.wwwAuthenticate } : {};
      return send(response, svar.status, { melding: svar.melding }, headers);
    }
    const parsed = oppslagSchema.safeParse(await readJson(request).catch(() => undefined));
    if (!parsed.success) {
      return send(response, 400, {
        melding: "personidentifikatorer må være en liste med 1 til 1000 personidentifikatorer",
      });
    }
    oppslag.push(parsed.data.personidentifikatorer);
    const personer = parsed.data.personidentifikatorer.map((id) => register.get(id) ?? ikkeRegistrert(id));
    send(response, 200, { personer });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    oppslag: () => oppslag.map((ids) => [...ids]),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
