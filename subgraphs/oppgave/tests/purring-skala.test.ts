import { synthetiskePersonIder } from "@minkommune/demo-data";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { job } from "../src/db/schema.ts";
import { DAG_MS, usePurringFixture } from "./helpers/purring-fixture.ts";

// Past the 31 persons the fixture itself uses.
const MANGE = synthetiskePersonIder(10_031).slice(31);
const epost = (i: number) => `mange-${i}@example.com`;
const f = usePurringFixture(
  MANGE.map((pid, i) => ({
    personidentifikator: pid,
    reservasjon: "NEI" as const,
    status: "AKTIV" as const,
    kontaktinformasjon: { epostadresse: epost(i) },
  })),
);

describe("a round of 10,000 recipients", () => {
  it("becomes 50 batch jobs of 200 that together cover every recipient once, and one batch sends its 200 mails", async () => {
    const oppgaveId = await f.opprett({ mottakere: { personIdList: MANGE }, varsling: { purringIntervallDager: 1 } });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(DAG_MS);
    expect(await f.worker(clock, { batchSize: 1 }).runOnce()).toBe(1);

    const bunker = await f.db
      .select()
      .from(job)
      .where(and(eq(job.type, "purring.bunke"), eq(job.state, "ready")));
    expect(bunker).toHaveLength(50);
    const sorted = MANGE.toSorted();
    const ranges = bunker.map((b) => b.payload as { fra: string; til: string });
    const covered = sorted.filter((pid) => ranges.filter((r) => r.fra <= pid && pid <= r.til).length === 1);
    expect(covered).toHaveLength(10_000);

    expect(await f.worker(clock, { batchSize: 1 }).runOnce()).toBe(1);
    const mottatt = (await f.smtp.mottatt()).flatMap((m) => m.rcptTo);
    expect(mottatt).toHaveLength(200);
    expect(new Set(mottatt).size).toBe(200);
    expect(f.krr.oppslag()).toHaveLength(1);
  });
});
