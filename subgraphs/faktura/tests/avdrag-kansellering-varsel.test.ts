import { KARI, OSLO } from "@minkommune/demo-data";
import { beforeAll, describe, expect, it } from "vitest";
import { betal, fakturaMedPlan, kanseller } from "./helpers/avdragsplan.ts";
import { integrasjon } from "./helpers/demo.ts";
import { useFagsystemOppsett } from "./helpers/fagsystem-oppsett.ts";
import { settPolicy } from "./helpers/policy.ts";

const HEMMELIGHET = "oslo-kansellering-hemmelighet-0123456789";
const t = useFagsystemOppsett(HEMMELIGHET);

beforeAll(async () => {
  // Decided by policy, with decisions and cancellations sent to the municipality's webhook.
  const { errors } = await settPolicy(t.subgraph.url, integrasjon, OSLO.fiksOrgId, {
    maksDager: 30,
    maksAntallPerFaktura: 2,
    ikkeEtterSendtInkasso: true,
    minimumBelop: 0,
    fagsystemBestemmer: false,
    webhookUrl: `${t.fagsystem.url}/hendelser`,
    nyHemmelighet: HEMMELIGHET,
    avdragTillatt: true,
    maksAntallAvdrag: 6,
    minimumAvdragBelop: 0,
  });
  if (errors) throw new Error(errors[0]?.message);
  t.fagsystem.svar({ svar: "innvilg" });
});

const kanselleringer = () => t.fagsystem.mottatt.filter((m) => m.body.type === "avdrag.kansellert");

describe("the avdrag.kansellert event to the municipality's webhook", () => {
  it("is sent once, signed, however many times the plan is cancelled", async () => {
    const plan = await fakturaMedPlan(t.subgraph.url, { belop: 90_000, forfallDato: "2026-06-20", antall: 3 });
    await t.worker.runUntilIdle();
    const [besluttet] = t.fagsystem.mottatt.filter((m) => m.body.type === "avdrag.besluttet");
    const requestId = besluttet?.body.id;
    expect(requestId).toEqual(expect.any(String));

    const arsak = "Avdraget for juni er ikke betalt";
    const samtidige = await Promise.all(
      [1, 2].map(() => kanseller(t.subgraph.url, integrasjon, plan.meldingId, arsak)),
    );
    expect(samtidige.map((s) => s.errors)).toEqual([undefined, undefined]);
    expect((await kanseller(t.subgraph.url, integrasjon, plan.meldingId, "Igjen")).errors).toBeUndefined();
    expect(kanselleringer()).toHaveLength(0); // sent by the job, not while the integration waits

    await t.worker.runUntilIdle();
    expect(kanselleringer()).toMatchObject([
      {
        path: "/hendelser",
        gyldigSignatur: true,
        body: {
          type: "avdrag.kansellert",
          id: requestId,
          fiksOrgId: OSLO.fiksOrgId,
          meldingId: plan.meldingId,
          kansellert: "2026-06-15T10:00:00.000Z",
          arsak,
          forfallDato: "2026-06-20",
          avdrag: [
            { forfallDato: "2026-06-20", belop: 30_000 },
            { forfallDato: "2026-07-20", belop: 30_000 },
            { forfallDato: "2026-08-20", belop: 30_000 },
          ],
        },
      },
    ]);
    expect(JSON.stringify(kanselleringer()[0]?.body)).not.toContain(KARI.pid);
  });

  it("a refused cancellation sends nothing", async () => {
    const plan = await fakturaMedPlan(t.subgraph.url, { belop: 90_000, forfallDato: "2026-06-20", antall: 3 });
    await betal(t.subgraph.url, plan.meldingId, 90_000, "ALT");
    const for_ = kanselleringer().length;
    const { errors } = await kanseller(t.subgraph.url, integrasjon, plan.meldingId);
    expect(errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await t.worker.runUntilIdle();
    expect(kanselleringer()).toHaveLength(for_);
  });
});
