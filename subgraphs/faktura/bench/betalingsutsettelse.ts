/**
 * How fast a citizen gets the answer to a betalingsutsettelse decided by the municipality's
 * policy (the target: under 1 s; Fiks allows 10 s). Runs the faktura subgraph with the
 * demo policies on a fresh database (PostgreSQL with DATABASE_URL, PGlite without), registers
 * invoices as Oslo's invoicing integration, and asks for postponements as their recipients:
 * first one at a time, then 10 citizens at once.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/betalingsutsettelse.ts
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Principal } from "@minkommune/auth";
import { createTestDatabase } from "@minkommune/db/testing";
import { DEMO_INTEGRASJONER, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { leggTilDager, osloDato } from "@minkommune/subgraph-kit";
import { callSubgraph, innbygger, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { startSubgraph } from "../src/server.ts";

const PER_ROUND = 300;
const CONCURRENCY = 10;

const REGISTRER = `mutation ($fiksOrgId: UUID!, $faktura: FakturaInput!) {
  registrerFaktura(fiksOrgId: $fiksOrgId, faktura: $faktura) { id } }`;
const BE_OM = `mutation ($fakturaId: UUID!, $nyForfallDato: Date!) {
  beOmBetalingsutsettelse(fakturaId: $fakturaId, nyForfallDato: $nyForfallDato) { status forfallDato } }`;

const oslo = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === OSLO.fiksOrgId);
if (!oslo) throw new Error("no demo integration for Oslo");
const integrasjon: Principal = {
  type: "integrasjon",
  integrasjonId: oslo.integrasjonId,
  fiksOrgId: oslo.fiksOrgId,
  orgnr: oslo.orgnr,
  privilegier: oslo.privilegier,
};

const idag = osloDato(new Date());
const forfall = leggTilDager(idag, 10);
const onsket = leggTilDager(idag, 30);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const database = await createTestDatabase();
const subgraph = await startSubgraph({
  databaseUrl: database.url,
  dataDir: "",
  host: "127.0.0.1",
  port: 0,
  internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
  seedDemo: true,
});
if (!subgraph) throw new Error("the faktura subgraph did not start");
try {
  /** Registers one unpaid invoice for each person; returns [person, invoice id] pairs. */
  async function registrer(personer: string[]): Promise<[string, string][]> {
    const pairs: [string, string][] = [];
    for (const pid of personer) {
      const result = await callSubgraph<{ registrerFaktura: { id: string } }>(subgraph.url, integrasjon, REGISTRER, {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: {
          meldingId: randomUUID(),
          sikkerhetsniva: 3,
          eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: pid },
          tittel: "Kommunale avgifter",
          fakturaDato: idag,
          forfallDato: forfall,
          status: "IKKE_BETALT",
          fakturaMottaker: "Innbygger",
          betalesTil: "Oslo kommune",
          belop: 100_000,
          kontonummer: "15032718407",
          kid: "30102601066",
          fakturanummer: "3010260106",
        },
      });
      const id = result.data?.registrerFaktura.id;
      if (!id) throw new Error(`registrerFaktura failed: ${JSON.stringify(result.errors)}`);
      pairs.push([pid, id]);
    }
    return pairs;
  }

  async function beOm([pid, fakturaId]: [string, string]): Promise<number> {
    const start = performance.now();
    const result = await callSubgraph<{ beOmBetalingsutsettelse: { status: string } }>(
      subgraph.url,
      innbygger(pid, 3),
      BE_OM,
      { fakturaId, nyForfallDato: onsket },
    );
    const ms = performance.now() - start;
    if (result.data?.beOmBetalingsutsettelse.status !== "INNVILGET") {
      throw new Error(`expected INNVILGET: ${JSON.stringify(result)}`);
    }
    return ms;
  }

  const personer = synthetiskePersonIder(2 * PER_ROUND, 92);
  const [forst, samtidig] = [await registrer(personer.slice(0, PER_ROUND)), await registrer(personer.slice(PER_ROUND))];
  // Warm-up: JIT, connection pool, prepared plans.
  for (const pair of forst.slice(0, 20)) await beOm(pair);

  const enkeltvis: number[] = [];
  for (const pair of forst.slice(20)) enkeltvis.push(await beOm(pair));
  const parallelt: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let pair = samtidig[next++]; pair; pair = samtidig[next++]) parallelt.push(await beOm(pair));
    }),
  );
  const line = (name: string, samples: number[]) =>
    `${name}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (${samples.length} requests; target < 1000 ms)`;
  console.log(line("betalingsutsettelse by policy, one at a time", enkeltvis));
  console.log(line(`betalingsutsettelse by policy, ${CONCURRENCY} citizens at once`, parallelt));
} finally {
  await subgraph.close();
  await database.drop();
}
