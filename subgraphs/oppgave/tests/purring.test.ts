import { JONAS, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { job, purring } from "../src/db/schema.ts";
import { planleggPurring } from "../src/purring/plan.ts";
import { osloIntegrasjon } from "./helpers/demo.ts";
import { SETT_STATUS, type SettStatusData } from "./helpers/operations.ts";
import { DAG_MS, epost, MAIL_FROM, PERSONER, UTEN_EPOST, usePurringFixture } from "./helpers/purring-fixture.ts";

const f = usePurringFixture();

const mailsTil = async (adresse: string) => (await f.smtp.mottatt()).filter((m) => m.rcptTo.includes(adresse));
const purringer = (oppgaveId: string) =>
  f.db.select().from(purring).where(eq(purring.oppgaveId, oppgaveId)).orderBy(purring.personId, purring.runde);
const rundeJobber = async (oppgaveId: string) =>
  (await f.db.select().from(job)).filter((j) => (j.payload as { oppgaveId?: string }).oppgaveId === oppgaveId);

describe("reminders", () => {
  it("mails each recipient still NY once the interval has passed, in the oppgave's language, round after round", async () => {
    const oppgaveId = await f.opprett({
      tittel: "Svar på søknad om SFO-plass",
      handling: "Svar på tilbodet",
      url: "https://www.oslo.kommune.no/sfo/svar",
      frist: "2026-09-01",
      sprak: "nn",
      utfortKriterie: "ALL",
      mottakere: { personIdList: [PERSONER[0], PERSONER[1]] },
      varsling: { purringIntervallDager: 3 },
    });
    const clock = await f.clockAt(oppgaveId);
    const worker = f.worker(clock);
    clock.advance(3 * DAG_MS - 60_000);
    await worker.runUntilIdle();
    expect(await mailsTil(epost(0))).toEqual([]);

    clock.advance(60_000);
    await worker.runUntilIdle();
    const [forste] = await mailsTil(epost(0));
    expect(forste?.mail.from?.text).toBe('"Min kommune" <ikke-svar@minkommune.example>');
    expect(forste?.mail.to && "text" in forste.mail.to ? forste.mail.to.text : null).toBe(epost(0));
    expect(forste?.mail.subject).toBe("Påminning: Svar på søknad om SFO-plass");
    expect(forste?.mail.text).toContain("Du har framleis ei oppgåve som ventar på deg: Svar på søknad om SFO-plass");
    expect(forste?.mail.text).toContain("Fristen er 01.09.2026.");
    expect(forste?.mail.text).toContain("Svar på tilbodet: https://www.oslo.kommune.no/sfo/svar");
    expect(forste?.mail.headers.get("auto-submitted")).toBe("auto-generated");
    const rader = await purringer(oppgaveId);
    expect(rader.map((r) => [r.personId, r.runde, r.status])).toEqual([
      [PERSONER[0], 1, "SENDT"],
      [PERSONER[1], 1, "SENDT"],
    ]);
    expect(forste?.mail.messageId).toBe(`<purring.${rader[0]?.id}@minkommune.example>`);
    // The person id never travels in the mail.
    expect((await f.smtp.mottatt()).some((m) => JSON.stringify(m.mail).includes(PERSONER[0] ?? "x"))).toBe(false);
    expect(await mailsTil(epost(1))).toHaveLength(1);

    clock.advance(3 * DAG_MS);
    await worker.runUntilIdle();
    expect(await mailsTil(epost(0))).toHaveLength(2);
    expect((await purringer(oppgaveId)).map((r) => r.runde)).toEqual([1, 2, 1, 2]);
  });

  it("writes Bokmål from MAIL_FROM when the oppgave has no sprak", async () => {
    const oppgaveId = await f.opprett({
      sprak: null,
      mottakere: { personIdList: [PERSONER[2]] },
      varsling: { purringIntervallDager: 1 },
    });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(DAG_MS);
    await f.worker(clock).runUntilIdle();
    const [mail] = await mailsTil(epost(2));
    expect(mail?.mail.subject).toBe("Påminnelse: Gi samtykke til deling av skoledata");
    expect(mail?.mail.text).toContain("Gi samtykke: https://www.oslo.kommune.no/skole-og-utdanning/samtykke/");
    expect(mail?.mail.from?.value[0]?.address).toBe(MAIL_FROM.match(/<(.+)>/)?.[1]);
    expect(await purringer(oppgaveId)).toHaveLength(1);
  });

  it("skips a recipient who completed, and ends the reminders of an ANY oppgave once one recipient completed", async () => {
    const alle = await f.opprett({
      utfortKriterie: "ALL",
      mottakere: { personIdList: [PERSONER[3], PERSONER[4]] },
      varsling: { purringIntervallDager: 2 },
    });
    const noen = await f.opprett({
      utfortKriterie: "ANY",
      mottakere: { personIdList: [PERSONER[5], PERSONER[6]] },
      varsling: { purringIntervallDager: 2 },
    });
    await f.settStatus(alle, PERSONER[3] ?? "", "FULLFORT");
    await f.settStatus(noen, PERSONER[5] ?? "", "FULLFORT");
    const clock = await f.clockAt(alle, noen);
    clock.advance(2 * DAG_MS);
    await f.worker(clock).runUntilIdle();
    expect(await mailsTil(epost(3))).toEqual([]);
    expect(await mailsTil(epost(4))).toHaveLength(1);
    expect(await mailsTil(epost(5))).toEqual([]);
    expect(await mailsTil(epost(6))).toEqual([]);
    // The ANY oppgave is done: its round ran, found it done, and scheduled no next one.
    expect((await rundeJobber(noen)).map((j) => [j.type, j.state])).toEqual([["purring.runde", "done"]]);
    expect((await rundeJobber(alle)).filter((j) => j.state === "ready")).toHaveLength(1);
  });

  it("checks again right before sending: a recipient who completes after the round fanned out gets nothing", async () => {
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [PERSONER[7], PERSONER[8]] },
      varsling: { purringIntervallDager: 4 },
    });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(4 * DAG_MS);
    const worker = f.worker(clock);
    expect(await worker.runOnce()).toBeGreaterThanOrEqual(1);
    expect((await rundeJobber(oppgaveId)).some((j) => j.type === "purring.bunke" && j.state === "ready")).toBe(true);
    await f.settStatus(oppgaveId, PERSONER[7] ?? "", "FULLFORT");
    await worker.runUntilIdle();
    expect(await mailsTil(epost(7))).toEqual([]);
    expect(await mailsTil(epost(8))).toHaveLength(1);
  });

  it("sends nothing to a reserved person or one without an e-mail address, and records why", async () => {
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [KARI.pid, JONAS.pid, UTEN_EPOST, PERSONER[9]] },
      varsling: { purringIntervallDager: 1 },
    });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(DAG_MS);
    await f.worker(clock).runUntilIdle();
    const received = (await f.smtp.mottatt()).flatMap((m) => m.rcptTo);
    expect(received).toContain(KARI.epostadresse);
    expect(received).not.toContain(JONAS.epostadresse);
    const utfall = Object.fromEntries((await purringer(oppgaveId)).map((r) => [r.personId, [r.status, r.arsak]]));
    expect(utfall).toEqual({
      [KARI.pid]: ["SENDT", null],
      [JONAS.pid]: ["IKKE_SENDT", "RESERVERT"],
      [UTEN_EPOST]: ["IKKE_SENDT", "MANGLER_EPOST"],
      [PERSONER[9] ?? ""]: ["SENDT", null],
    });
  });

  it("picks the reminders up again when a done oppgave is reopened and planned anew, with the next round still ahead", async () => {
    const oppgaveId = await f.opprett({
      utfortKriterie: "ANY",
      mottakere: { personIdList: [PERSONER[12], PERSONER[13]] },
      varsling: { purringIntervallDager: 2 },
    });
    await f.settStatus(oppgaveId, PERSONER[12] ?? "", "FULLFORT");
    const clock = await f.clockAt(oppgaveId);
    clock.advance(2 * DAG_MS);
    await f.worker(clock).runUntilIdle();
    expect((await rundeJobber(oppgaveId)).filter((j) => j.state === "ready")).toEqual([]);

    clock.advance(3 * DAG_MS);
    await f.settStatus(oppgaveId, PERSONER[12] ?? "", "NY");
    await planleggPurring(f.db, oppgaveId, clock.now());
    await planleggPurring(f.db, oppgaveId, clock.now());
    const venter = (await rundeJobber(oppgaveId)).filter((j) => j.state === "ready");
    expect(venter.map((j) => j.payload)).toEqual([{ oppgaveId, runde: 3 }]);

    clock.advance(DAG_MS);
    await f.worker(clock).runUntilIdle();
    expect(await mailsTil(epost(12))).toHaveLength(1);
    expect(await mailsTil(epost(13))).toHaveLength(1);
  });

  it("schedules the next round when settOppgaveStatus puts a recipient back to NY", async () => {
    const oppgaveId = await f.opprett({
      utfortKriterie: "ANY",
      mottakere: { personIdList: [PERSONER[14], PERSONER[15]] },
      varsling: { purringIntervallDager: 2 },
    });
    const sett = (status: "NY" | "FULLFORT") =>
      callSubgraph<SettStatusData>(f.subgraph.url, osloIntegrasjon, SETT_STATUS, {
        fiksOrgId: OSLO.fiksOrgId,
        oppgaveId,
        status: { personId: PERSONER[14], status },
      });
    expect((await sett("FULLFORT")).errors).toBeUndefined();
    // As when the done oppgave's chain has ended and its jobs were purged.
    await f.db.delete(job).where(eq(job.type, "purring.runde"));
    expect(await rundeJobber(oppgaveId)).toEqual([]);
    expect((await sett("NY")).errors).toBeUndefined();
    const venter = (await rundeJobber(oppgaveId)).filter((j) => j.state === "ready");
    expect(venter.map((j) => j.payload)).toEqual([{ oppgaveId, runde: 1 }]);
  });

  it("schedules no job at all when purringIntervallDager is 0", async () => {
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [OLA.pid] },
      varsling: { purringIntervallDager: 0 },
    });
    expect(await rundeJobber(oppgaveId)).toEqual([]);
    const clock = await f.clockAt(oppgaveId);
    clock.advance(365 * DAG_MS);
    await f.worker(clock).runUntilIdle();
    expect(await purringer(oppgaveId)).toEqual([]);
  });
});
