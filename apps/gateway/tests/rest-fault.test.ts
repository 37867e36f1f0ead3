import { DEMO_INTEGRASJONER, type DemoIntegrasjon } from "@minkommune/demo-data";
import { fetchMaskinportenToken } from "@minkommune/dev-idp/client";
import { describe, expect, it } from "vitest";
import { ContractClient } from "./rest/contract-client.ts";
import { type ErrorMessage, nyOppgave, oppgaverPath } from "./rest/rest-stack.ts";
import { startStack } from "./stack.ts";

describe("a real fault", () => {
  it("answers 500 with an ErrorMessage when a subgraph is down, and logs it as an error", async () => {
    const lines: Record<string, unknown>[] = [];
    const broken = await startStack({ subgraphs: [], restLog: (entry) => void lines.push(entry) });
    try {
      const api = await ContractClient.connect(broken.url);
      const oslo = DEMO_INTEGRASJONER[0] as DemoIntegrasjon;
      const token = await fetchMaskinportenToken({
        issuer: broken.idp.maskinportenIssuer,
        clientId: oslo.maskinportenClientId,
        clientSecret: oslo.maskinportenClientSecret,
      });
      const headers = {
        authorization: `Bearer ${token}`,
        IntegrasjonId: oslo.integrasjonId,
        IntegrasjonPassord: oslo.passord,
      };
      const response = await api.send("POST", oppgaverPath(), headers, nyOppgave());
      expect(response.status).toBe(500);
      const error = response.body as ErrorMessage;
      expect(error.errorCode).toBe("INTERNAL_ERROR");
      expect(lines.find((line) => line.errorId === error.errorId)).toMatchObject({ level: "error", status: 500 });
      // The document store is forwarded rather than run as GraphQL; its outage is a logged 500 too.
      const download = await api.request("GET", `/dokumenter/${crypto.randomUUID()}`, { headers });
      expect(download.status).toBe(500);
      const downloadError = download.body as ErrorMessage;
      expect(lines.find((line) => line.errorId === downloadError.errorId)).toMatchObject({
        level: "error",
        status: 500,
      });
    } finally {
      await broken.close();
    }
  });
});
