import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { betalingsutsettelse, faktura } from "../src/db/schema.ts";
import { beOmAvdrag, sum } from "./helpers/avdrag.ts";
import { betal, kanseller } from "./helpers/avdragsplan.ts";
import { fakturaId, integrasjon, kari4 } from "./helpers/demo.ts";
import { TIMEOUT_MS, useFagsystemOppsett } from "./helpers/fagsystem-oppsett.ts";
import { settPolicy } from "./helpers/policy.ts";

const HEMMELIGHET = "oslo-avdrag-hemmelighet-0123456789abcdef";
const t = useFagsystemOppsett(HEMMELIGHET);

beforeAll(async () => {
  // Configured the way a municipality would: through the policy mutation.
  const { errors } = await settPolicy(t.subgraph.url, integrasjon, OSLO.fiksOrgId, {
    maksDager: 30,
    maksAntallPerFaktura: 2,
    ikkeEtterSendtInkasso: true,
    minimumBelop: 0,
    fagsystemBestemmer: true,
    fagsystemUrl: `${t.fagsystem.url}/sporsmal`,
    webhookUrl: `${t.fagsystem.url}/hendelser`,
    nyHemmelighet: HEMMELIGHET,
    avdragTillatt: true,
    maksAntallAvdrag: 6,
    minimumAvdragBelop: 0,
  });
  if (errors) throw new Error(errors[0]?.message);
});
beforeEach(() => {
  t.fagsystem.mottatt.length = 0;
});

const hentForesporsel = async (id: string) =>
  (await t.database.db.select().from(betalingsutsettelse).where(eq(betalingsutsettelse.id, id)))[0];
const avdragsplan = async (id: string) =>
  (await t.database.db.select().from(faktura).where(eq(faktura.id, id)))[0]?.avdragsplan;

describe("avdrag when the invoicing system decides", () => {
  it("a fast yes grants at once, after a signed request with the plan and no person id; the event follows", async () => {
    t.fagsystem.svar({ svar: "innvilg" });
    const { errors, svar } = await beOmAvdrag(t.subgraph.url, kari4, fakturaId("1005"), 2);
    expect(errors).toBeUndefined();
    expect(svar).toMatchObject({ status: "INNVILGET" });
    expect(svar?.avdrag).toEqual([
      { forfallDato: "2026-06-30", belop: 47_150 },
      { forfallDato: "2026-07-30", belop: 47_150 },
    ]);
    expect(t.fagsystem.mottatt).toMatchObject([
      {
        path: "/sporsmal",
        gyldigSignatur: true,
        body: { type: "avdrag.foresporsel", id: svar?.id, meldingId: fakturaId("1005"), avdrag: svar?.avdrag },
      },
    ]);
    expect(JSON.stringify(t.fagsystem.mottatt[0]?.body)).not.toContain("12858510048");

    await t.worker.runUntilIdle();
    expect(t.fagsystem.mottatt[1]).toMatchObject({
      path: "/hendelser",
      gyldigSignatur: true,
      body: {
        type: "avdrag.besluttet",
        id: svar?.id,
        status: "INNVILGET",
        besluttetAv: "FAGSYSTEM",
        avdrag: svar?.avdrag,
      },
    });
  });

  it("a fast no refuses with the invoicing system as the reason, and no plan", async () => {
    t.fagsystem.svar({ svar: "avslaa" });
    const { svar } = await beOmAvdrag(t.subgraph.url, kari4, fakturaId("1003"), 2, { sprak: "en" });
    expect(svar?.avslag).toEqual({
      kode: "AVDRAG_AVSLATT_AV_FAGSYSTEM",
      tekst: "The municipality has refused the request to pay in instalments.",
    });
    expect(await avdragsplan(fakturaId("1003"))).toBeNull();
  });

  it("a slow answer leaves it UNDER_BEHANDLING; the queued job decides it and sets the plan", async () => {
    t.fagsystem.svar({ svar: "treg", ms: 2_000 });
    const start = performance.now();
    const { svar } = await beOmAvdrag(t.subgraph.url, kari4, fakturaId("1002"), 3);
    expect(performance.now() - start).toBeLessThan(TIMEOUT_MS + 700);
    expect(svar?.status).toBe("UNDER_BEHANDLING");
    expect(svar?.faktura.avdragsplan).toBeNull();
    const id = svar?.id ?? "";
    // Asking again while the invoicing system thinks is the same request.
    expect((await beOmAvdrag(t.subgraph.url, kari4, fakturaId("1002"), 3)).svar?.id).toBe(id);
    // There is no plan to cancel until it is granted.
    const tidlig = await kanseller(t.subgraph.url, integrasjon, fakturaId("1002"));
    expect(tidlig.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "meldingId" });
    // A payment while the invoicing system thinks pays the first instalment once it is granted.
    expect((await betal(t.subgraph.url, fakturaId("1002"), 10_000, "MENS-VI-VENTER")).errors).toBeUndefined();

    t.fagsystem.svar({ svar: "innvilg" });
    t.frem(20_000);
    await t.worker.runUntilIdle();
    expect(await hentForesporsel(id)).toMatchObject({ status: "INNVILGET", besluttetAv: "FAGSYSTEM" });
    const plan = await avdragsplan(fakturaId("1002"));
    expect(plan).toEqual(svar?.avdrag);
    expect(sum(plan ?? [])).toBe(BigInt(svar?.faktura.utestaendeBelop ?? -1));
    const { faktura: etter } = await betal(t.subgraph.url, fakturaId("1002"), 1, "ETTER");
    expect(etter?.avdragsplan?.map((a) => a.innbetaltBelop)).toEqual([10_001, 0, 0]);
    expect(etter?.avdragsplanStatus).toBe("AKTIV");
  });

  it("lists avdrag requests beside postponements for the invoicing system", async () => {
    const result = await callSubgraph<{
      betalingsutsettelser: { nodes: { gjelder: string; meldingId: string; avdrag: unknown[] | null }[] };
    }>(
      t.subgraph.url,
      integrasjon,
      `query ($id: UUID!) { betalingsutsettelser(fiksOrgId: $id) { nodes { gjelder meldingId avdrag { belop } } } }`,
      { id: OSLO.fiksOrgId },
    );
    const noder = result.data?.betalingsutsettelser.nodes ?? [];
    expect(noder.map((n) => [n.gjelder, n.meldingId, n.avdrag?.length])).toEqual([
      ["AVDRAG", fakturaId("1005"), 2],
      ["AVDRAG", fakturaId("1003"), 2],
      ["AVDRAG", fakturaId("1002"), 3],
    ]);
  });
});
