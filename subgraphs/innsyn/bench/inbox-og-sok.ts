/**
 * Inbox and search latency for one citizen with 2,000 meldinger among many others', and the time
 * of one 5,000-melding index batch. Needs PostgreSQL:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/inbox-og-sok.ts [antall=2000000]
 *
 * It creates a throwaway database, fills it with generate_series (set-based, minutes for 2M rows),
 * and prints p50/p95 per operation and the plan of the inbox and search queries.
 */
import { join } from "node:path";
import { openDatabase } from "@minkommune/db";
import { createTestDatabase } from "@minkommune/db/testing";
import { DEMO_INTEGRASJONER, OSLO } from "@minkommune/demo-data";
import { sql } from "drizzle-orm";
import { lagreMeldinger } from "../src/db/indeksering.ts";
import { countMeldinger, listMeldinger } from "../src/db/meldinger.ts";
import { rowsOf } from "../src/db/rows.ts";
import { schema } from "../src/db/schema.ts";
import { sokAggregater, sokMeldinger } from "../src/db/sok.ts";
import type { Innsyner } from "../src/db/synlighet.ts";
import { validateBatch } from "../src/domain/index-melding.ts";
import { sokeord } from "../src/domain/sokeord.ts";
import { seedDemo } from "../src/seed.ts";

if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a PostgreSQL server");
const antall = Number(process.argv[2] ?? 2_000_000);
const PID = "12858510048";
const integrasjonId = DEMO_INTEGRASJONER[0]?.integrasjonId ?? "";
const ORD = [
  "faktura",
  "byggesak",
  "barnehage",
  "eiendomsskatt",
  "vannavstengning",
  "parkering",
  "skole",
  "renovasjon",
];

const testDb = await createTestDatabase();
const database = await openDatabase({
  schemaName: "innsyn",
  schema,
  migrationsFolder: join(import.meta.dirname, "../drizzle"),
  url: testDb.url,
  dataDir: "",
});
const { db } = database;
await seedDemo(db);

async function fill(n: number, verdi: SQL) {
  await db.execute(sql`insert into innsyn.melding (melding_id, fiks_org_id, integrasjon_id, versjon, melding_type,
      eksponert_for_type, eksponert_for_verdi, sikkerhetsniva, tittel, avsender, sendt_dato, metadata, sok_tekst)
    select gen_random_uuid(), ${OSLO.fiksOrgId}::uuid, ${integrasjonId}::uuid, 'forsendelseV2', 'forsendelse',
      'FODSELSNUMMER', ${verdi}, 3 + (g % 2), 'Brev ' || g || ' om ' || (${`{${ORD.join(",")}}`}::text[])[1 + g % 8],
      'Oslo kommune, etat ' || (g % 40), now() - make_interval(mins => g), '{}'::jsonb, 'Vedlegg ' || g
    from generate_series(1, ${n}) g`);
}
type SQL = ReturnType<typeof sql>;

let started = performance.now();
await fill(antall, sql`lpad((g % 1000000)::text, 11, '0')`);
await fill(2000, sql`${PID}`);
await db.execute(sql`analyze innsyn.melding`);
console.log(`filled ${antall + 2000} meldinger in ${((performance.now() - started) / 1000).toFixed(1)} s`);

async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(1);
  console.log(`${name.padEnd(28)} p50 ${p(0.5)} ms  p95 ${p(0.95)} ms`);
}

const innsyner: Innsyner = { pid: PID, niva: 4, organisasjoner: [], matrikkelenheter: [] };
await measure("inbox page + counts", 50, () =>
  Promise.all([
    listMeldinger(db, innsyner, { limit: 21, filter: { arkivert: false } }),
    countMeldinger(db, innsyner, { arkivert: false }),
  ]),
);
await measure("search page + facets", 50, (i) => {
  const words = sokeord(i % 3 === 2 ? "bygesak" : (ORD[i % ORD.length] ?? "faktura"));
  return Promise.all([
    sokMeldinger(db, innsyner, words, { limit: 20, offset: 0, filter: {} }),
    sokAggregater(db, innsyner, words, {}),
  ]);
});

const batch = validateBatch(
  Array.from({ length: 5000 }, (_, i) => ({
    meldingId: crypto.randomUUID(),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: PID },
    fiksOrganisasjonId: OSLO.fiksOrgId,
    versjon: "forsendelseV2",
    meldingMetadata: Buffer.from(
      JSON.stringify({
        tittel: `Masseutsending ${i}`,
        avsender: "Oslo kommune",
        sendtDato: Date.now(),
        lest: false,
        dokumenter: [{ tittel: "Brev", mimeType: "application/pdf", nedlastingLenke: "https://x.test/d" }],
      }),
    ).toString("base64"),
  })),
);
if (!batch.ok) throw new Error("bench batch invalid");
started = performance.now();
await lagreMeldinger(db, integrasjonId, batch.meldinger);
console.log(`index batch of 5000            ${(performance.now() - started).toFixed(0)} ms`);

const plan = async (query: SQL) =>
  rowsOf<{ "QUERY PLAN": string }>(await db.execute(sql`explain ${query}`))
    .map((r) => r["QUERY PLAN"])
    .join("\n");
console.log(
  await plan(sql`select melding_id from innsyn.melding where (eksponert_for_type = 'OFFENTLIG' or
    (eksponert_for_type = 'FODSELSNUMMER' and eksponert_for_verdi = ${PID})) order by sendt_dato desc limit 21`),
);
await database.close();
await testDb.drop();
