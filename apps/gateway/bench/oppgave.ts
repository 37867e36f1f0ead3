/**
 * Oppgave throughput through the REST adapter on loopback, deployed as in production: the oppgave
 * subgraph and the gateway each in its own process on fresh PostgreSQL databases; this process
 * is the client (and runs the dev-idp for the Maskinporten token).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:oppgave -w @minkommune/gateway
 *
 * Measures the three targets: POST with 10,000 recipients, POST with one recipient at
 * 20 concurrent clients (p95), and PUT status as a task grows from 10 to 10,000 recipients.
 */
import { performance } from "node:perf_hooks";
import { DEMO_INTEGRASJONER, KARI, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { fagsystemHeaders } from "../tests/rest/rest-stack.ts";
import { startDeployment } from "./processes.ts";

const CONCURRENCY = 20;
const SINGLE_POSTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const LARGE_POSTS = 5;
const PUTS_PER_SIZE = 200;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const stack = await startDeployment(["oppgave"]);
try {
  const oslo = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === OSLO.fiksOrgId);
  if (!oslo) throw new Error("no demo integration for Oslo");
  const headers = { ...(await fagsystemHeaders(stack, oslo)), "content-type": "application/json" };
  const base = `${stack.gatewayUrl}/min-kommune/api/v1/api/${OSLO.fiksOrgId}/oppgaver`;

  async function timed(method: string, url: string, body: unknown): Promise<{ ms: number; json: unknown }> {
    const start = performance.now();
    const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
    const json = await response.json();
    const elapsed = performance.now() - start;
    if (!response.ok) throw new Error(`${method} ${response.status}: ${JSON.stringify(json)}`);
    return { ms: elapsed, json };
  }

  const oppgave = (personIdList: string[]) => ({
    tittel: "Bekreft plass i SFO",
    beskrivelse: "Bekreft at barnet skal ha plass i SFO fra august.",
    handling: "Bekreft plass",
    url: "https://skole.example.no/sfo/bekreft",
    frist: "2027-06-01",
    utfortKriterie: "ALL",
    mottakere: { personIdList },
  });

  // Warm up connections, JIT and the integration's verified-credentials cache.
  for (let i = 0; i < 50; i++) await timed("POST", base, oppgave([KARI.pid]));

  const large = synthetiskePersonIder(10_000);
  const largeTimes: number[] = [];
  for (let i = 0; i < LARGE_POSTS; i++) largeTimes.push((await timed("POST", base, oppgave(large))).ms);
  console.log(
    `POST 10,000 recipients: median ${ms(percentile(largeTimes, 50))}, max ${ms(Math.max(...largeTimes))} (${LARGE_POSTS} runs; target < 2000 ms)`,
  );

  const singleTimes: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < SINGLE_POSTS) {
        next++;
        singleTimes.push((await timed("POST", base, oppgave([KARI.pid]))).ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `POST 1 recipient, ${CONCURRENCY} concurrent clients, ${SINGLE_POSTS} requests: p50 ${ms(percentile(singleTimes, 50))}, p95 ${ms(percentile(singleTimes, 95))}, p99 ${ms(percentile(singleTimes, 99))}, ${(SINGLE_POSTS / seconds).toFixed(0)} req/s (target p95 < 30 ms)`,
  );

  for (const size of [10, 1_000, 10_000]) {
    const personer = synthetiskePersonIder(size, 91);
    const { json } = await timed("POST", base, { ...oppgave(personer), utfortKriterie: "ALL" });
    const { id } = json as { id: string };
    const putTimes: number[] = [];
    for (let i = 0; i < Math.min(PUTS_PER_SIZE, size); i++) {
      const body = { personId: personer[i], status: "FULLFORT" };
      putTimes.push((await timed("PUT", `${base}/${id}/status`, body)).ms);
    }
    console.log(
      `PUT status on a task with ${size} recipients: p50 ${ms(percentile(putTimes, 50))}, p95 ${ms(percentile(putTimes, 95))} (${putTimes.length} requests)`,
    );
  }
} finally {
  await stack.close();
}
