import { TRONDHEIM } from "@minkommune/demo-data";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { job, utsettelsePolicy } from "../src/db/schema.ts";
import { fakturaId, kari4 } from "./helpers/demo.ts";
import { useFagsystemOppsett } from "./helpers/fagsystem-oppsett.ts";
import { beOm } from "./helpers/utsettelse.ts";

const HEMMELIGHET = "trondheim-webhook-hemmelighet";

const t = useFagsystemOppsett(HEMMELIGHET);

beforeAll(async () => {
  await t.database.db
    .update(utsettelsePolicy)
    .set({ webhookUrl: `${t.fagsystem.url}/hendelser`, hemmelighet: HEMMELIGHET })
    .where(eq(utsettelsePolicy.fiksOrgId, TRONDHEIM.fiksOrgId));
});
beforeEach(() => {
  t.fagsystem.mottatt.length = 0;
  t.fagsystem.svar({ svar: "innvilg" });
});

const varselJobber = async () =>
  (await t.database.db.select().from(job)).filter((j) => j.type === "betalingsutsettelse.varsle");

describe("signed decision events to the municipality's webhook", () => {
  it("a grant by policy is sent as a signed event, so the invoicing system is told", async () => {
    const { svar } = await beOm(t.subgraph.url, kari4, fakturaId("1006"), "2026-06-25");
    expect(svar?.status).toBe("INNVILGET");
    expect(t.fagsystem.mottatt).toHaveLength(0); // sent by the job, not while the citizen waits
    await t.worker.runUntilIdle();
    expect(t.fagsystem.mottatt).toMatchObject([
      {
        path: "/hendelser",
        gyldigSignatur: true,
        body: {
          type: "betalingsutsettelse.besluttet",
          id: svar?.id,
          meldingId: fakturaId("1006"),
          status: "INNVILGET",
          besluttetAv: "POLICY",
          forfallDato: "2026-06-25",
        },
      },
    ]);
  });

  it("a refusal is sent too, and a failing webhook is retried until it takes the event", async () => {
    t.fagsystem.svar({ svar: "status", status: 503 });
    const { svar } = await beOm(t.subgraph.url, kari4, fakturaId("1006"), "2026-06-28");
    expect(svar?.avslag?.kode).toBe("FOR_MANGE_UTSETTELSER");
    await t.worker.runUntilIdle();
    const [forst] = (await varselJobber()).filter((j) => (j.payload as { id: string }).id === svar?.id);
    expect(forst).toMatchObject({ state: "ready", attempts: 1 });
    t.fagsystem.svar({ svar: "innvilg" });
    t.frem(60_000);
    await t.worker.runUntilIdle();
    const levert = t.fagsystem.mottatt.filter((m) => m.body.id === svar?.id);
    expect(levert).toHaveLength(2);
    expect(levert[1]?.body).toMatchObject({ status: "AVSLATT", avslagKode: "FOR_MANGE_UTSETTELSER" });
  });

  it("asking again for the same date sends no second event", async () => {
    const before = (await varselJobber()).length;
    await beOm(t.subgraph.url, kari4, fakturaId("1006"), "2026-06-25");
    expect((await varselJobber()).length).toBe(before);
  });

  it("queues nothing for a municipality without a webhook", async () => {
    const before = (await varselJobber()).length;
    const { svar } = await beOm(t.subgraph.url, kari4, fakturaId("1004"), "2026-08-01");
    expect(svar?.status).toBe("INNVILGET");
    expect((await varselJobber()).length).toBe(before);
  });
});
