import { join } from "node:path";
import { type OpenDatabase, openDatabase } from "@minkommune/db";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { createDevKrr, type DevKrr, type KrrPerson } from "@minkommune/dev-krr";
import { demoRegister } from "@minkommune/dev-krr/fixtures";
import { type RunningSubgraph, serveSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { OppgaveDb } from "../../src/db/database.ts";
import * as schema from "../../src/db/schema.ts";
import { smtpAvsender } from "../../src/notification/epost/smtp-avsender.ts";
import { epostVarsler } from "../../src/notification/epost-varsler.ts";
import { krrHttp } from "../../src/notification/krr/krr-http.ts";
import type { Varsler } from "../../src/notification/port.ts";
import { createPurringWorker } from "../../src/purring/worker.ts";
import { createServer } from "../../src/server.ts";
import { osloIntegrasjon } from "./demo.ts";
import { gyldigOppgave, OPPRETT_OPPGAVE, type OpprettData } from "./operations.ts";
import { type SmtpSink, startSmtpSink } from "./smtp-sink.ts";

/** The sender address reminders carry in tests. */
export const MAIL_FROM = "Min kommune <ikke-svar@minkommune.example>";
/** The lease tests use, so "after the lease" is one clock step. */
export const LEASE_MS = 60_000;
export const DAG_MS = 86_400_000;

const SYNTETISKE = synthetiskePersonIder(31);
/** Synthetic recipients registered in KRR with an e-mail address: epost(i) is person i's. */
export const PERSONER = SYNTETISKE.slice(0, 30);
export const epost = (i: number) => `mottaker-${i}@example.com`;
/** A synthetic person KRR knows without an e-mail address. */
export const UTEN_EPOST = SYNTETISKE[30] ?? "";

/** A clock tests move by hand. */
export interface ManualClock {
  now(): Date;
  advance(ms: number): void;
}

function manualClock(start: Date): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
  };
}

/** Everything a reminder test runs against, all real and on loopback. */
export interface PurringFixture {
  db: OppgaveDb;
  /** A second connection to the same database, as a restarted process has (PGlite: the same one). */
  reconnect(): Promise<OppgaveDb>;
  subgraph: RunningSubgraph;
  krr: DevKrr;
  smtp: SmtpSink;
  /** A clock standing at the creation of the latest of these oppgaver (created = the database's now()). */
  clockAt(...oppgaveIds: string[]): Promise<ManualClock>;
  /** A fresh e-mail Varsler against the fixture's KRR and SMTP server. */
  varsler(): Varsler;
  /** A reminder worker on this clock, with the real adapters unless given a Varsler. */
  worker(
    clock: ManualClock,
    options?: { varsler?: Varsler; db?: OppgaveDb; bunkeStorrelse?: number; batchSize?: number },
  ): ReturnType<typeof createPurringWorker>;
  /** Creates an oppgave through the opprettOppgave mutation; returns its id. */
  opprett(oppgave: Record<string, unknown>): Promise<string>;
  /** Sets a recipient's status as the status mutation would (the triggers move the counters). */
  settStatus(oppgaveId: string, personId: string, status: "NY" | "FULLFORT"): Promise<void>;
}

/**
 * Gives the test file its own database, subgraph, dev-krr and SMTP sink, closed afterwards.
 * KRR knows the demo persons, PERSONER, UTEN_EPOST and `ekstraPersoner`.
 */
export function usePurringFixture(ekstraPersoner: readonly KrrPerson[] = []): PurringFixture {
  const f = {} as PurringFixture;
  let testDb: TestDatabase;
  const opened: OpenDatabase<typeof schema>[] = [];
  const varslere: Varsler[] = [];
  const open = async () => {
    const database = await openDatabase({
      schemaName: "oppgave",
      schema,
      migrationsFolder: join(import.meta.dirname, "..", "..", "drizzle"),
      url: testDb.url,
      dataDir: "",
    });
    opened.push(database);
    return database.db;
  };
  beforeAll(async () => {
    testDb = await createTestDatabase();
    f.db = await open();
    f.reconnect = async () => (testDb.url === "memory://" ? f.db : open());
    const personer: KrrPerson[] = [
      ...demoRegister(),
      ...PERSONER.map((pid, i) => ({
        personidentifikator: pid,
        reservasjon: "NEI" as const,
        status: "AKTIV" as const,
        kontaktinformasjon: { epostadresse: epost(i) },
      })),
      { personidentifikator: UTEN_EPOST, reservasjon: "NEI", status: "AKTIV", kontaktinformasjon: {} },
      ...ekstraPersoner,
    ];
    f.krr = await createDevKrr({ host: "127.0.0.1", port: 0, personer });
    f.smtp = await startSmtpSink();
    const { apollo, context } = createServer({ db: f.db, production: false });
    f.subgraph = await serveSubgraph({
      apollo,
      context,
      internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
      host: "127.0.0.1",
      port: 0,
    });
  });
  afterAll(async () => {
    await f.subgraph?.close();
    for (const varsler of varslere) await varsler.close();
    await f.smtp?.close();
    await f.krr?.close();
    for (const database of opened) await database.close();
    await testDb?.drop();
  });
  f.varsler = () => {
    const varsler = epostVarsler(krrHttp({ url: f.krr.url }), smtpAvsender({ url: f.smtp.url, from: MAIL_FROM }));
    varslere.push(varsler);
    return varsler;
  };
  f.clockAt = async (...oppgaveIds) => {
    const rows = await f.db
      .select({ created: schema.oppgave.created })
      .from(schema.oppgave)
      .where(inArray(schema.oppgave.id, oppgaveIds));
    return manualClock(new Date(Math.max(...rows.map((r) => r.created.getTime()))));
  };
  f.worker = (clock, options = {}) =>
    createPurringWorker(options.db ?? f.db, {
      varsler: options.varsler ?? f.varsler(),
      now: clock.now,
      leaseMs: LEASE_MS,
      bunkeStorrelse: options.bunkeStorrelse ?? 200,
      batchSize: options.batchSize,
    });
  f.opprett = async (oppgave) => {
    const result = await callSubgraph<OpprettData>(f.subgraph.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgave: { ...gyldigOppgave(), ...oppgave },
    });
    const id = result.data?.opprettOppgave?.id;
    if (!id) throw new Error(`opprettOppgave failed: ${JSON.stringify(result.errors)}`);
    return id;
  };
  f.settStatus = async (oppgaveId, personId, status) => {
    await f.db
      .update(schema.mottaker)
      .set({ status })
      .where(and(eq(schema.mottaker.oppgaveId, oppgaveId), eq(schema.mottaker.personId, personId)));
  };
  return f;
}
