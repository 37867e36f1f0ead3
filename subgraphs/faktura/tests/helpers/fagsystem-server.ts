import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { erGyldigSignatur, SIGNATUR_HEADER, TIDSPUNKT_HEADER } from "../../src/utsettelse/signatur.ts";

/** How the stand-in answers the next requests. */
export type Oppforsel =
  | { svar: "innvilg" }
  | { svar: "avslaa" }
  | { svar: "status"; status: number }
  | { svar: "treg"; ms: number };

/** One request the stand-in received, with whether its signature checked out. */
export interface Mottatt {
  path: string;
  body: Record<string, unknown>;
  gyldigSignatur: boolean;
}

async function lesBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A municipality's invoicing system on loopback: it checks the HMAC signature like a real
 * receiver would, records what it got, and answers {innvilget} (or fails) as the test says.
 */
export async function startFagsystem(hemmelighet: string) {
  let oppforsel: Oppforsel = { svar: "innvilg" };
  const mottatt: Mottatt[] = [];
  const server = createServer(async (req, res) => {
    const raw = await lesBody(req);
    const gyldigSignatur = erGyldigSignatur(
      hemmelighet,
      String(req.headers[TIDSPUNKT_HEADER] ?? ""),
      raw,
      String(req.headers[SIGNATUR_HEADER] ?? ""),
    );
    mottatt.push({ path: req.url ?? "", body: JSON.parse(raw) as Record<string, unknown>, gyldigSignatur });
    if (!gyldigSignatur) return void res.writeHead(401).end();
    if (oppforsel.svar === "treg") await new Promise((r) => setTimeout(r, (oppforsel as { ms: number }).ms));
    if (oppforsel.svar === "status") return void res.writeHead(oppforsel.status).end();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ innvilget: oppforsel.svar !== "avslaa" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    mottatt,
    svar(neste: Oppforsel) {
      oppforsel = neste;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
