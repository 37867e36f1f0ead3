import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the stub gateway received. */
export interface StubRequest {
  headers: IncomingHttpHeaders;
  body: { query: string; variables: Record<string, unknown> };
}

/** What the stub answers: an HTTP status and a JSON body. */
export type StubAnswer = { status: number; body: unknown };

/**
 * A stand-in for the gateway (another team's service) on 127.0.0.1 port 0, so the web app's
 * own executor and dashboard loader run over real HTTP with answers chosen per test.
 */
export async function startGatewayStub(answer: (request: StubRequest) => StubAnswer) {
  const requests: StubRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = { headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
    requests.push(request);
    const { status, body } = answer(request);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
