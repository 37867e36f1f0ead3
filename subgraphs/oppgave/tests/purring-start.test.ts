import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { KARI, OLA, OSLO } from "@minkommune/demo-data";
import { createDevKrr, type DevKrr } from "@minkommune/dev-krr";
import { callSubgraph, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OppgaveStartOptions, startSubgraph } from "../src/server.ts";
import { osloIntegrasjon } from "./helpers/demo.ts";
import { gyldigOppgave, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { type SmtpSink, startSmtpSink } from "./helpers/smtp-sink.ts";
import { dagerGarMensDenErNede } from "./helpers/tid-gar.ts";

let testDb: TestDatabase;
let krr: DevKrr;
let smtp: SmtpSink;
const dataDir = mkdtempSync(join(tmpdir(), "mk-oppgave-purring-"));

beforeAll(async () => {
  testDb = await createTestDatabase();
  krr = await createDevKrr({ host: "127.0.0.1", port: 0 });
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp?.close();
  await krr?.close();
  await testDb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

// PGlite on disk rather than in memory, so the data outlives each start like a server's does.
const options = (): OppgaveStartOptions => ({
  databaseUrl: testDb.url === "memory://" ? undefined : testDb.url,
  dataDir,
  host: "127.0.0.1",
  port: 0,
  internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
  seedDemo: false,
});

describe("startSubgraph with reminders configured", () => {
  it("sends the reminders that fell due while the subgraph was down, once, after a restart", async () => {
    const first = await startSubgraph(options());
    let oppgaveId: string | undefined;
    try {
      const result = await callSubgraph<OpprettData>(first.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
        fiksOrgId: OSLO.fiksOrgId,
        oppgave: { ...gyldigOppgave(), varsling: { purringIntervallDager: 2 } },
      });
      oppgaveId = result.data?.opprettOppgave?.id;
    } finally {
      await first.close();
    }
    expect(oppgaveId).toBeDefined();

    // Three days pass while nothing runs: round 1 is due, round 2 not yet.
    await dagerGarMensDenErNede({ url: options().databaseUrl, dataDir, dager: 3 });

    const purring = { smtpUrl: smtp.url, krrUrl: krr.url, mailFrom: "Min kommune <ikke-svar@minkommune.example>" };
    const second = await startSubgraph({ ...options(), purring });
    try {
      for (let i = 0; i < 100 && (await smtp.mottatt()).length < 2; i++) await sleep(50);
    } finally {
      await second.close();
    }
    const mottakere = (await smtp.mottatt()).flatMap((m) => m.rcptTo).toSorted();
    expect(mottakere).toEqual([KARI.epostadresse, OLA.epostadresse].toSorted());
  });
});
