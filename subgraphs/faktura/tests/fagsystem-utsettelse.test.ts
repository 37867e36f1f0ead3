import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { betalingsutsettelse, faktura, job, utsettelsePolicy } from "../src/db/schema.ts";
import { fakturaId, integrasjon, kari4 } from "./helpers/demo.ts";
import { TIMEOUT_MS, useFagsystemOppsett } from "./helpers/fagsystem-oppsett.ts";
import { fakturaInput, REGISTRER_FAKTURA } from "./helpers/faktura-input.ts";
import { beOm } from "./helpers/utsettelse.ts";

const HEMMELIGHET = "oslo-fakturasystem-hemmelighet";
const t = useFagsystemOppsett(HEMMELIGHET);

beforeAll(async () => {
  await t.database.db
    .update(utsettelsePolicy)
    .set({
      fagsystemBestemmer: true,
      fagsystemUrl: `${t.fagsystem.url}/utsettelse`,
      hemmelighet: HEMMELIGHET,
      maksAntallPerFaktura: 5,
      maksDager: 60,
    })
    .where(eq(utsettelsePolicy.fiksOrgId, OSLO.fiksOrgId));
});
beforeEach(() => {
  t.nullstill();
  t.fagsystem.mottatt.length = 0;
});

const hentForesporsel = async (id: string) =>
  (await t.database.db.select().from(betalingsutsettelse).where(eq(betalingsutsettelse.id, id)))[0];
const forfall = async (id: string) =>
  (await t.database.db.select().from(faktura).where(eq(faktura.id, id)))[0]?.forfallDato;
const jobberFor = async (id: string) =>
  (await t.database.db.select().from(job)).filter((j) => (j.payload as { id: string }).id === id);

describe("when the invoicing system decides", () => {
  it("a fast yes grants at once, after a signed request that carries no person id", async () => {
    t.fagsystem.svar({ svar: "innvilg" });
    const { errors, svar } = await beOm(t.subgraph.url, kari4, fakturaId("1002"), "2026-06-20");
    expect(errors).toBeUndefined();
    expect(svar).toMatchObject({ status: "INNVILGET", forfallDato: "2026-06-20" });
    expect(t.fagsystem.mottatt).toHaveLength(1);
    expect(t.fagsystem.mottatt[0]).toMatchObject({
      path: "/utsettelse",
      gyldigSignatur: true,
      body: {
        id: svar?.id,
        meldingId: fakturaId("1002"),
        forfallDato: "2026-05-20",
        onsketForfallDato: "2026-06-20",
        utestaendeBelop: 212_550,
      },
    });
    expect(JSON.stringify(t.fagsystem.mottatt[0]?.body)).not.toContain("12858510048");
    expect(await hentForesporsel(svar?.id ?? "")).toMatchObject({ besluttetAv: "FAGSYSTEM" });
  });

  it("a fast no refuses at once with the invoicing system as the reason", async () => {
    t.fagsystem.svar({ svar: "avslaa" });
    const { svar } = await beOm(t.subgraph.url, kari4, fakturaId("1004"), "2026-08-01", { sprak: "en" });
    expect(svar).toMatchObject({
      status: "AVSLATT",
      forfallDato: "2026-07-20",
      avslag: { kode: "AVSLATT_AV_FAGSYSTEM", tekst: "The municipality has refused the request for payment deferral." },
    });
  });

  it("a slow answer leaves the request UNDER_BEHANDLING within the timeout; the queued job decides it later", async () => {
    t.fagsystem.svar({ svar: "treg", ms: 2_000 });
    const start = performance.now();
    const { svar } = await beOm(t.subgraph.url, kari4, fakturaId("1003"), "2026-04-15");
    expect(performance.now() - start).toBeLessThan(TIMEOUT_MS + 700);
    expect(svar).toMatchObject({ status: "UNDER_BEHANDLING", forfallDato: "2026-03-20" });
    const id = svar?.id ?? "";
    // Asking again while it is being processed is the same request.
    expect((await beOm(t.subgraph.url, kari4, fakturaId("1003"), "2026-04-15")).svar?.id).toBe(id);

    t.fagsystem.svar({ svar: "innvilg" });
    await t.worker.runUntilIdle();
    // Not due yet: the synchronous attempt gets its full timeout before the job asks again.
    expect(await jobberFor(id)).toMatchObject([{ state: "ready", attempts: 0 }]);
    t.frem(20_000);
    await t.worker.runUntilIdle();
    expect(await hentForesporsel(id)).toMatchObject({ status: "INNVILGET", besluttetAv: "FAGSYSTEM" });
    expect(await forfall(fakturaId("1003"))).toBe("2026-04-15");
    expect((await jobberFor(id)).map((j) => j.state)).toEqual(["done"]);
  });

  it("a failing invoicing system (500) is retried until it answers; the request is never lost", async () => {
    t.fagsystem.svar({ svar: "status", status: 500 });
    const egen = await beOm(t.subgraph.url, kari4, fakturaId("1005"), "2026-07-15");
    expect(egen.svar?.status).toBe("UNDER_BEHANDLING");
    const id = egen.svar?.id ?? "";

    t.frem(20_000);
    await t.worker.runUntilIdle();
    expect(await hentForesporsel(id)).toMatchObject({ status: "UNDER_BEHANDLING" });
    const [etterFeil] = await jobberFor(id);
    expect(etterFeil).toMatchObject({ state: "ready", attempts: 1 });
    expect(etterFeil?.lastError).toContain("500");

    t.fagsystem.svar({ svar: "avslaa" });
    t.frem(60 * 60_000);
    await t.worker.runUntilIdle();
    expect(await hentForesporsel(id)).toMatchObject({ status: "AVSLATT", arsak: "AVSLATT_AV_FAGSYSTEM" });
    expect(await forfall(fakturaId("1005"))).toBe("2026-06-30");
    expect(t.fagsystem.mottatt.filter((m) => m.body.id === id).length).toBe(3);
  });

  it("once decided, a later run of the job leaves the decision alone", async () => {
    const registrert = await callSubgraph<{ registrerFaktura: { id: string } }>(
      t.subgraph.url,
      integrasjon,
      REGISTRER_FAKTURA,
      {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: fakturaInput(),
      },
    );
    t.fagsystem.svar({ svar: "treg", ms: 1_000 });
    const { svar } = await beOm(t.subgraph.url, kari4, registrert.data?.registrerFaktura.id ?? "", "2026-07-15");
    expect(svar?.status).toBe("UNDER_BEHANDLING");
    t.fagsystem.svar({ svar: "innvilg" });
    t.frem(20_000);
    await t.worker.runUntilIdle();
    const besluttet = await hentForesporsel(svar?.id ?? "");
    expect(besluttet?.status).toBe("INNVILGET");
    // A second run (e.g. a duplicate job after a crash) changes nothing.
    t.fagsystem.svar({ svar: "avslaa" });
    t.frem(20_000);
    await t.worker.runUntilIdle();
    expect(await hentForesporsel(svar?.id ?? "")).toEqual(besluttet);
  });

  it("a request still waiting for the invoicing system counts against maksAntallPerFaktura", async () => {
    await t.database.db
      .update(utsettelsePolicy)
      .set({ maksAntallPerFaktura: 1 })
      .where(eq(utsettelsePolicy.fiksOrgId, OSLO.fiksOrgId));
    try {
      const registrert = await callSubgraph<{ registrerFaktura: { id: string } }>(
        t.subgraph.url,
        integrasjon,
        REGISTRER_FAKTURA,
        {
          fiksOrgId: OSLO.fiksOrgId,
          faktura: fakturaInput(),
        },
      );
      const id = registrert.data?.registrerFaktura.id ?? "";
      t.fagsystem.svar({ svar: "status", status: 502 });
      expect((await beOm(t.subgraph.url, kari4, id, "2026-07-10")).svar?.status).toBe("UNDER_BEHANDLING");
      const andre = await beOm(t.subgraph.url, kari4, id, "2026-07-12");
      expect(andre.svar?.avslag?.kode).toBe("FOR_MANGE_UTSETTELSER");
    } finally {
      await t.database.db
        .update(utsettelsePolicy)
        .set({ maksAntallPerFaktura: 5 })
        .where(eq(utsettelsePolicy.fiksOrgId, OSLO.fiksOrgId));
    }
  });
});
