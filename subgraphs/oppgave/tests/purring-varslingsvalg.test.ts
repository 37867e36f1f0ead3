import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { purring } from "../src/db/schema.ts";
import { lagreVarslingsvalg } from "../src/db/varslingsvalg.ts";
import { krevPurring } from "../src/purring/queries.ts";
import { DAG_MS, epost, PERSONER, usePurringFixture } from "./helpers/purring-fixture.ts";

const f = usePurringFixture();

const SETT = /* GraphQL */ `
  mutation ($valg: VarslingsvalgInput!) { settVarslingsvalg(varslingsvalg: $valg) { epostPurring } }
`;
const person = (i: number) => PERSONER[i] ?? "";
const mailsTil = async (adresse: string) => (await f.smtp.mottatt()).filter((m) => m.rcptTo.includes(adresse));
const utfall = async (oppgaveId: string) =>
  Object.fromEntries(
    (await f.db.select().from(purring).where(eq(purring.oppgaveId, oppgaveId))).map((r) => [
      r.personId,
      [r.status, r.arsak],
    ]),
  );

describe("reminders and the citizen's varslingsvalg", () => {
  it("sends none to a citizen who turned reminder e-mails off, records why, and never asks KRR about them", async () => {
    const valgt = await callSubgraph(f.subgraph.url, innbygger(person(10)), SETT, { valg: { epostPurring: false } });
    expect(valgt.errors).toBeUndefined();
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [person(10), person(11)] },
      varsling: { purringIntervallDager: 2 },
    });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(2 * DAG_MS);
    await f.worker(clock).runUntilIdle();

    expect(await mailsTil(epost(10))).toEqual([]);
    expect(await mailsTil(epost(11))).toHaveLength(1);
    expect(await utfall(oppgaveId)).toEqual({
      [person(10)]: ["IKKE_SENDT", "AVSLATT_AV_INNBYGGER"],
      [person(11)]: ["SENDT", null],
    });
    expect(f.krr.oppslag().flat()).not.toContain(person(10));
  });

  it("sends again once the citizen turns reminders back on", async () => {
    await callSubgraph(f.subgraph.url, innbygger(person(12)), SETT, { valg: { epostPurring: false } });
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [person(12)] },
      varsling: { purringIntervallDager: 1 },
    });
    const clock = await f.clockAt(oppgaveId);
    const worker = f.worker(clock);
    clock.advance(DAG_MS);
    await worker.runUntilIdle();
    expect(await mailsTil(epost(12))).toEqual([]);

    await callSubgraph(f.subgraph.url, innbygger(person(12)), SETT, { valg: { epostPurring: true } });
    clock.advance(DAG_MS);
    await worker.runUntilIdle();
    expect(await mailsTil(epost(12))).toHaveLength(1);
  });

  it("honours a change made after the batch looked the address up: the claim checks again", async () => {
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [person(13)] },
      varsling: { purringIntervallDager: 1 },
    });
    await lagreVarslingsvalg(f.db, person(13), { epostPurring: false });
    const krav = await krevPurring(f.db, { oppgaveId, runde: 1 }, person(13), {
      kanVarsles: true,
      adresse: epost(13),
    });
    expect(krav).toBeNull();
    expect(await utfall(oppgaveId)).toEqual({ [person(13)]: ["IKKE_SENDT", "AVSLATT_AV_INNBYGGER"] });
  });

  it("leaves other recipients' reminders alone when one citizen turns theirs off", async () => {
    const oppgaveId = await f.opprett({
      mottakere: { personIdList: [person(14), person(15)] },
      varsling: { purringIntervallDager: 1 },
    });
    await callSubgraph(f.subgraph.url, innbygger(person(14)), SETT, { valg: { epostPurring: false } });
    const clock = await f.clockAt(oppgaveId);
    clock.advance(DAG_MS);
    await f.worker(clock).runUntilIdle();
    expect(await mailsTil(epost(15))).toHaveLength(1);
    expect(await mailsTil(epost(14))).toEqual([]);
  });
});
