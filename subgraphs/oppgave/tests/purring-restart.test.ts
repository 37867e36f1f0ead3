import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { purring } from "../src/db/schema.ts";
import type { Varsler } from "../src/notification/port.ts";
import { DAG_MS, epost, LEASE_MS, PERSONER, usePurringFixture } from "./helpers/purring-fixture.ts";

const f = usePurringFixture();

/**
 * A Varsler whose process "dies" at the send to one address: before handing the mail to SMTP,
 * or right after the server accepted it. The send never returns, as in a killed process, so
 * neither the outcome nor the job's completion is recorded.
 */
function doerVed(varsler: Varsler, adresse: string, naar: "for-sending" | "etter-sending") {
  let doedd: () => void = () => {};
  const harDoedd = new Promise<void>((resolve) => {
    doedd = resolve;
  });
  const doende: Varsler = {
    ...varsler,
    async send(adressat, melding) {
      if (adressat.adresse !== adresse) return varsler.send(adressat, melding);
      if (naar === "etter-sending") await varsler.send(adressat, melding);
      doedd();
      return new Promise(() => {});
    },
  };
  return { varsler: doende, harDoedd };
}

const mottakere = (fra: number) => [0, 1, 2, 3, 4].map((i) => fra + i);

async function tellMails(indekser: number[]) {
  const mottatt = (await f.smtp.mottatt()).flatMap((m) => m.rcptTo);
  return indekser.map((i) => mottatt.filter((adresse) => adresse === epost(i)).length);
}

describe.each([
  ["after the claim, before the send", "for-sending", 0],
  ["after the send, before the outcome and the job's completion", "etter-sending", 1],
] as const)("a worker that stops %s", (_name, naar, mailsTilDenDoende) => {
  it("is replaced by a new worker on the same database: no duplicate, and nobody else loses their reminder", async () => {
    const fra = naar === "for-sending" ? 0 : 5;
    const indekser = mottakere(fra);
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: indekser.map((i) => PERSONER[i]) },
      varsling: { purringIntervallDager: 2 },
    });
    // Batches of three in person id order; the one that dies is the first of its batch.
    const iRekkefolge = indekser.toSorted((a, b) => (PERSONER[a] ?? "").localeCompare(PERSONER[b] ?? ""));
    const doende = iRekkefolge[0] ?? -1;
    const clock = await f.clockAt(oppgaveId);
    clock.advance(2 * DAG_MS);

    const { varsler, harDoedd } = doerVed(f.varsler(), epost(doende), naar);
    void f.worker(clock, { varsler, bunkeStorrelse: 3 }).runUntilIdle();
    await harDoedd;

    const restartet = f.worker(clock, { db: await f.reconnect(), bunkeStorrelse: 3 });
    expect(await restartet.runUntilIdle()).toBe(0);
    clock.advance(LEASE_MS);
    expect(await restartet.runUntilIdle()).toBeGreaterThan(0);

    const antall = await tellMails(iRekkefolge);
    expect(antall).toEqual([mailsTilDenDoende, 1, 1, 1, 1]);
    const rader = await f.db.select().from(purring).where(eq(purring.oppgaveId, oppgaveId));
    expect(rader).toHaveLength(5);
    expect(rader.find((r) => r.personId === PERSONER[doende])?.status).toBe("SENDER");
    expect(rader.filter((r) => r.status === "SENDT")).toHaveLength(4);
  });
});

describe("a send that fails", () => {
  it("certainly (4xx) is retried with backoff and delivered once; refused for good (5xx) is recorded and not retried", async () => {
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [PERSONER[10], PERSONER[11]] },
      varsling: { purringIntervallDager: 1 },
    });
    f.smtp.avvis(epost(10), 451);
    f.smtp.avvis(epost(11), 550);
    const clock = await f.clockAt(oppgaveId);
    clock.advance(DAG_MS);
    const worker = f.worker(clock);
    await worker.runUntilIdle();
    expect(await tellMails([10, 11])).toEqual([0, 0]);

    f.smtp.avvis(epost(10), null);
    clock.advance(60_000);
    await worker.runUntilIdle();
    expect(await tellMails([10, 11])).toEqual([1, 0]);
    const utfall = (await f.db.select().from(purring).where(eq(purring.oppgaveId, oppgaveId))).map((r) => [
      r.personId,
      r.status,
      r.arsak,
    ]);
    expect(utfall).toEqual(
      expect.arrayContaining([
        [PERSONER[10], "SENDT", null],
        [PERSONER[11], "IKKE_SENDT", "AVVIST"],
      ]),
    );
  });
});

describe("a round with many recipients", () => {
  it("fans out into batch jobs, one KRR lookup per batch, one mail per recipient", async () => {
    // Recipients no other test uses, so their lookups and mails are this round's alone.
    const indekser = [...Array(10).keys()].map((i) => 20 + i);
    const personIds = indekser.map((i) => PERSONER[i] ?? "");
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: personIds },
      varsling: { purringIntervallDager: 7 },
    });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(7 * DAG_MS);
    await f.worker(clock, { bunkeStorrelse: 4 }).runUntilIdle();
    const oppslag = f.krr.oppslag().filter((ids) => ids.some((id) => personIds.includes(id)));
    // The batches run side by side, so their lookups arrive in any order.
    expect(oppslag.map((ids) => ids.length).toSorted()).toEqual([2, 4, 4]);
    expect(oppslag.flat().toSorted()).toEqual(personIds.toSorted());
    expect(await tellMails(indekser)).toEqual(indekser.map(() => 1));
  });
});
