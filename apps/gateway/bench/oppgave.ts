/**
 * Oppgave throughput through the REST adapter on loopback, deployed as in production: the oppgave
 * subgraph and the gateway each in its own process on fresh PostgreSQL databases; this process
 * is the client (and runs the dev-idp for the Maskinporten token).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:oppgave -w @minkommune/gateway
 *
 * Measures the three targets: POST with 10,000 recipients, POST with one recipient at
 * 20 concurrent clients (p95), and PUT status as a task grows from 10 to 10,000 recipients.
 * For the concurrent POST it also reports the CPU each process spends per request, and the same
 * mutation sent straight to the subgraph with the gateway's internal token: the floor that the
 * subgraph, PostgreSQL and this client set on one machine before the gateway adds anything.
 */
import { INTERNAL_TOKEN_HEADER, signInternalToken } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, KARI, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { fagsystemHeaders } from "../tests/rest/rest-stack.ts";
import { loadClient } from "./load-client.ts";
import { cpuPerRequest } from "./process-cpu.ts";
import { startDeployment } from "./processes.ts";

const CONCURRENCY = 20;
const SINGLE_POSTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const WARM_UP = 300;
const LARGE_POSTS = 5;
const PUTS_PER_SIZE = 200;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const oppgave = (personIdList: string[]) => ({
  tittel: "Bekreft plass i SFO",
  beskrivelse: "Bekreft at barnet skal ha plass i SFO fra august.",
  handling: "Bekreft plass",
  url: "https://skole.example.no/sfo/bekreft",
  frist: "2027-06-01",
  utfortKriterie: "ALL",
  mottakere: { personIdList },
});

const OPPRETT_OPPGAVE = `mutation OpprettOppgave($fiksOrgId: UUID!, $oppgave: OppgaveOpprettInput!) {
  opprettOppgave(fiksOrgId: $fiksOrgId, oppgave: $oppgave) { id }
}`;

const stack = await startDeployment(["oppgave"]);
const client = loadClient(CONCURRENCY);
try {
  const oslo = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === OSLO.fiksOrgId);
  if (!oslo) throw new Error("no demo integration for Oslo");
  const headers = { ...(await fagsystemHeaders(stack, oslo)), "content-type": "application/json" };
  const base = `${stack.gatewayUrl}/min-kommune/api/v1/api/${OSLO.fiksOrgId}/oppgaver`;

  async function timed(method: string, url: string, body: unknown, sendHeaders = headers) {
    const answer = await client.send(method, url, sendHeaders, JSON.stringify(body));
    const failed = (answer.json as { errors?: unknown }).errors;
    if (answer.status !== 200 || failed) throw new Error(`${method} ${answer.status}: ${JSON.stringify(answer.json)}`);
    return answer;
  }

  /** `CONCURRENCY` clients each sending the next request as soon as the last is answered. */
  async function closedLoop(send: () => Promise<{ ms: number }>) {
    for (let i = 0; i < WARM_UP; i++) await send();
    const times: number[] = [];
    let sent = 0;
    const started = performance.now();
    const cpu = await cpuPerRequest({ ...stack.pids }, SINGLE_POSTS, async () => {
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (sent < SINGLE_POSTS) {
            sent++;
            times.push((await send()).ms);
          }
        }),
      );
    });
    const perSecond = SINGLE_POSTS / ((performance.now() - started) / 1000);
    const share = Object.entries(cpu).map(([name, value]) => `${name} ${value.toFixed(2)}`);
    return `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))}, ${perSecond.toFixed(0)} req/s; CPU ms per request: ${share.join(", ")}`;
  }

  // Warm up connections, JIT and the integration's verified-credentials cache.
  for (let i = 0; i < 50; i++) await timed("POST", base, oppgave([KARI.pid]));

  const large = synthetiskePersonIder(10_000);
  const largeTimes: number[] = [];
  for (let i = 0; i < LARGE_POSTS; i++) largeTimes.push((await timed("POST", base, oppgave(large))).ms);
  console.log(
    `POST 10,000 recipients: median ${ms(percentile(largeTimes, 50))}, max ${ms(Math.max(...largeTimes))} (${LARGE_POSTS} runs; target < 2000 ms)`,
  );

  const rest = await closedLoop(() => timed("POST", base, oppgave([KARI.pid])));
  console.log(
    `POST 1 recipient through the REST adapter, ${CONCURRENCY} concurrent clients, ${SINGLE_POSTS} requests: ${rest} (target p95 < 30 ms)`,
  );

  // The token the gateway would sign for this integration after authenticating it.
  const { integrasjonId, fiksOrgId, orgnr, privilegier } = oslo;
  const principal = { type: "integrasjon" as const, integrasjonId, fiksOrgId, orgnr, privilegier };
  const internalToken = await signInternalToken(principal, stack.internalTokenSecret);
  const subgraphHeaders = { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: internalToken };
  const mutation = { query: OPPRETT_OPPGAVE, variables: { fiksOrgId, oppgave: oppgave([KARI.pid]) } };
  const floor = await closedLoop(() => timed("POST", stack.subgraphUrls.oppgave, mutation, subgraphHeaders));
  console.log(`The same mutation straight to the oppgave subgraph (no gateway), same load: ${floor}`);

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
  client.close();
  await stack.close();
}
