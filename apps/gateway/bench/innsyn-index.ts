/**
 * A Fiks index batch of 5,000 meldinger through the REST adapter (PUT /innsyn-index/api/v2/
 * indexRequest), deployed as in production: the innsyn subgraph and the gateway each in its own
 * process on fresh PostgreSQL databases. The target: under 5 s per batch.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:innsyn-index -w @minkommune/gateway
 */
import { performance } from "node:perf_hooks";
import { DEMO_INTEGRASJONER, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { brev, INDEX_REQUEST } from "../tests/rest/innsyn-rest-stack.ts";
import { fagsystemHeaders } from "../tests/rest/rest-stack.ts";
import { startDeployment } from "./processes.ts";

const BATCHES = 5;
const BATCH_SIZE = 5_000;

const stack = await startDeployment(["innsyn"]);
try {
  const oslo = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === OSLO.fiksOrgId);
  if (!oslo) throw new Error("no demo integration for Oslo");
  const headers = { ...(await fagsystemHeaders(stack, oslo)), "content-type": "application/json" };
  const personer = synthetiskePersonIder(BATCH_SIZE, 93);

  async function index(antall: number): Promise<number> {
    const meldinger = personer
      .slice(0, antall)
      .map((pid) => brev({ eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: pid } }));
    const body = JSON.stringify({ meldinger });
    const start = performance.now();
    const response = await fetch(`${stack.gatewayUrl}${INDEX_REQUEST}`, { method: "PUT", headers, body });
    const answer = (await response.json()) as { opprettet?: number };
    const ms = performance.now() - start;
    if (response.status !== 200 || answer.opprettet !== antall)
      throw new Error(`${response.status}: ${JSON.stringify(answer)}`);
    return ms;
  }

  await index(100);
  const times: number[] = [];
  for (let i = 0; i < BATCHES; i++) times.push(await index(BATCH_SIZE));
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `index batch of ${BATCH_SIZE} through the REST adapter: median ${sorted[Math.floor(BATCHES / 2)]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (${BATCHES} batches; target < 5000 ms)`,
  );
} finally {
  await stack.close();
}
