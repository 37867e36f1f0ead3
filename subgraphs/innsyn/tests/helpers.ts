import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { type Database, openDatabase } from "@minkommune/db";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { DEMO_INTEGRASJONER, type DemoKommune } from "@minkommune/demo-data";
import { type RunningSubgraph, serveSubgraph, type Tilgangskilde } from "@minkommune/subgraph-kit";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { type InnsynSchema, schema } from "../src/db/schema.ts";
import { seedDemo } from "../src/seed.ts";
import { createServer, type InnsynDeps, startSubgraph } from "../src/server.ts";

/** A seeded Innsyn subgraph on a fresh database, listening on a free loopback port. */
export async function startSeededInnsyn(): Promise<RunningSubgraph & { database: TestDatabase }> {
  const database = await createTestDatabase();
  const running = await startSubgraph({
    databaseUrl: database.url,
    dataDir: "",
    host: "127.0.0.1",
    port: 0,
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    seedDemo: true,
  });
  return {
    ...running,
    database,
    async close() {
      await running.close();
      await database.drop();
    },
  };
}

/** A seeded Innsyn subgraph whose database the test can also reach directly (to run the sweeper). */
export async function startInnsynWithDb(
  tilgangskilde?: Tilgangskilde,
  deps: Omit<InnsynDeps, "db" | "tilgangskilde"> = {},
) {
  const testDb = await createTestDatabase();
  const database = await openDatabase({
    schemaName: "innsyn",
    schema,
    migrationsFolder: join(import.meta.dirname, "../drizzle"),
    url: testDb.url,
    dataDir: "",
  });
  await seedDemo(database.db);
  const running = await serveSubgraph({
    ...createServer({ db: database.db, ...deps, ...(tilgangskilde ? { tilgangskilde } : {}) }),
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    host: "127.0.0.1",
    port: 0,
  });
  return {
    url: running.url,
    db: database.db as Database<InnsynSchema>,
    async close() {
      await running.close();
      await database.close();
      await testDb.drop();
    },
  };
}

/** An integration principal as the gateway builds it; by default the demo integration of `kommune`. */
export function integrasjon(
  kommune: DemoKommune,
  options: { integrasjonId?: string; privilegier?: ("INNSYN_INDEX" | "OPPGAVE" | "FAKTURA")[] } = {},
): Principal {
  const demo = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === kommune.fiksOrgId);
  return {
    type: "integrasjon",
    integrasjonId: options.integrasjonId ?? demo?.integrasjonId ?? "",
    fiksOrgId: kommune.fiksOrgId,
    orgnr: demo?.orgnr ?? "310000019",
    privilegier: options.privilegier ?? ["INNSYN_INDEX"],
  };
}

/** Base64 of a JSON value, as meldingMetadata carries it. */
export const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

/** A valid forsendelseV2 IndexMeldingV2 for `pid` (or OFFENTLIG), with overridable fields. */
export function brev(
  kommune: DemoKommune,
  meldingId: string,
  options: {
    pid?: string | "OFFENTLIG";
    tittel?: string;
    niva?: number;
    sendt?: string;
    eksternRef?: string;
    tilgjengeligTil?: string;
    nedlastingLenke?: string;
  } = {},
) {
  const offentlig = options.pid === "OFFENTLIG";
  return {
    meldingId,
    sikkerhetsniva: options.niva ?? 3,
    eksponertFor: offentlig
      ? { identifikatorType: "OFFENTLIG", verdi: "" }
      : { identifikatorType: "FODSELSNUMMER", verdi: options.pid ?? "12858510048" },
    fiksOrganisasjonId: kommune.fiksOrgId,
    versjon: "forsendelseV2",
    ...(options.eksternRef ? { eksternRef: options.eksternRef } : {}),
    ...(options.tilgjengeligTil ? { tilgjengeligTil: options.tilgjengeligTil } : {}),
    meldingMetadata: base64({
      tittel: options.tittel ?? "Et brev",
      avsender: `${kommune.navn}, Test`,
      sendtDato: Date.parse(options.sendt ?? "2026-11-25T10:00:00Z"),
      lest: false,
      dokumenter: [
        {
          tittel: "Brevet",
          mimeType: "application/pdf",
          nedlastingLenke: options.nedlastingLenke ?? "https://example.test/d/1",
        },
      ],
    }),
  };
}

/** The index mutation with the fields a test reads back. */
export const INDEX = `mutation ($org: UUID!, $meldinger: [IndexMeldingInput!]!) {
  indexMeldinger(fiksOrganisasjonId: $org, meldinger: $meldinger) { opprettet oppdatert manglerSamtykke meldingerUtenSamtykke } }`;

/** A fresh UUID-shaped id for test meldinger. */
export const nyId = () => crypto.randomUUID();
