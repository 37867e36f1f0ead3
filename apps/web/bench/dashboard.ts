/**
 * The dashboard's server render time under load: starts the real stack the way the e2e tests
 * do (dev-idp, dev-krr, subgraphs, gateway, `next start` on the built app; fresh storage, on
 * PostgreSQL when DATABASE_URL is set, PGlite otherwise), signs Kari in through the dev-idp
 * without a browser, and requests `/` with her session cookie: first one client alone (the
 * baseline), then CONCURRENCY clients at once. Each time is from sending the request to having
 * read the whole HTML, so it includes the gateway and subgraph round trips the page makes.
 *
 *   npm run build -w @minkommune/web && npm run bench:dashboard -w @minkommune/web [-- --requests 300 --concurrency 10]
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { KARI } from "@minkommune/demo-data";
import { PORTS, WEB_URL } from "../e2e/stack/services.ts";
import { startStack } from "../e2e/stack/start-stack.ts";
import { signInToWeb } from "./session-login.ts";
import { type Summary, summarise } from "./stats.ts";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "300" },
    concurrency: { type: "string", default: "10" },
    baseline: { type: "string", default: "50" },
  },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const BASELINE = Number(values.baseline);
for (const [name, value] of Object.entries({ REQUESTS, CONCURRENCY, BASELINE })) {
  if (!Number.isInteger(value) || value < 1 || value > 100_000) throw new Error(`${name} must be 1 to 100000`);
}
const WARMUP = 10;
/** The dashboard's heading in bokmål: proof that the page rendered signed in, not the welcome page. */
const SIGNED_IN_MARKER = "Din oversikt";

/** One request for the dashboard; returns milliseconds to the full HTML, failing on anything but the signed-in page. */
async function renderDashboard(cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${WEB_URL}/`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !html.includes(SIGNED_IN_MARKER)) {
    throw new Error(`GET / answered ${response.status} without the signed-in dashboard`);
  }
  if (/får ikke hentet/.test(html)) throw new Error("GET / rendered with a part unavailable");
  return elapsed;
}

/** `total` requests shared by `clients` loops that each send the next as soon as their last is answered. */
async function run(cookie: string, total: number, clients: number): Promise<Summary> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < total) {
      next++;
      durations.push(await renderDashboard(cookie));
    }
  };
  await Promise.all(Array.from({ length: Math.min(clients, total) }, client));
  return summarise(durations, performance.now() - started);
}

function line(label: string, s: Summary): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `${label.padEnd(26)} ${String(s.requests).padStart(5)} req   p50 ${ms(s.p50).padStart(9)}   p95 ${ms(s.p95).padStart(9)}   max ${ms(s.max).padStart(9)}   ${s.perSecond.toFixed(1)} req/s`;
}

const stack = await startStack({
  logDir: join(import.meta.dirname, "../test-results/bench-logs"),
  readyTimeoutMs: 60_000,
});
try {
  const cookie = await signInToWeb({
    webUrl: WEB_URL,
    issuer: `http://localhost:${PORTS.devIdp}/idporten`,
    person: KARI,
    niva: 4,
  });
  // The first renders compile and cache what Next.js loads lazily; they are not measured.
  await run(cookie, WARMUP, 1);
  const baseline = await run(cookie, BASELINE, 1);
  const loaded = await run(cookie, REQUESTS, CONCURRENCY);
  console.log(
    `Dashboard (GET / signed in as a demo citizen, next start, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`,
  );
  console.log(line("1 client (baseline)", baseline));
  console.log(line(`${CONCURRENCY} concurrent clients`, loaded));
} finally {
  await stack.stop();
}
