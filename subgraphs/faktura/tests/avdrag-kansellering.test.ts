import { randomUUID } from "node:crypto";
import type { Principal } from "@minkommune/auth";
import { TRONDHEIM } from "@minkommune/demo-data";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { faktura, fakturaHendelse } from "../src/db/schema.ts";
import { beOmAvdrag } from "./helpers/avdrag.ts";
import { betal, fakturaMedPlan, kanseller, karisOversikt, somKari } from "./helpers/avdragsplan.ts";
import { annenOsloIntegrasjon, fakturaId, integrasjon, kari4, osloUtenFaktura, trondheim } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";
import { beOm } from "./helpers/utsettelse.ts";

const t = useSeededSubgraph();
const url = () => t.subgraph.url;

const ARSAK = "Avdraget for juli er ikke betalt etter purring";

/** The plan every test here works on: 1 500 kr due 1 June in three, the first one paid. */
let plan: Awaited<ReturnType<typeof fakturaMedPlan>>;

beforeAll(async () => {
  plan = await fakturaMedPlan(url(), { belop: 150_000, forfallDato: "2026-06-01", antall: 3 });
  expect((await betal(url(), plan.meldingId, 50_000, "P1")).errors).toBeUndefined();
});

const kanselleringer = async (id: string) =>
  t.database.db
    .select()
    .from(fakturaHendelse)
    .where(and(eq(fakturaHendelse.fakturaId, id), eq(fakturaHendelse.type, "AVDRAG_KANSELLERT")));
const lagret = async (id: string) => (await t.database.db.select().from(faktura).where(eq(faktura.id, id)))[0];

describe("kansellerAvdragsplan, from the attacker's side", () => {
  it.each<[string, Principal]>([
    ["an integration acting for another municipality", trondheim],
    ["an Oslo integration without the FAKTURA privilege", osloUtenFaktura],
    ["the citizen the invoice belongs to", kari4],
  ])("%s is FORBIDDEN, and the plan stands", async (_navn, principal) => {
    const for_ = await lagret(plan.id);
    const { errors } = await kanseller(url(), principal, plan.meldingId);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await lagret(plan.id)).toEqual(for_);
  });

  it("Trondheim's integration naming its own municipality is told the invoice does not exist, as for a made-up id", async () => {
    const deres = await kanseller(url(), trondheim, plan.meldingId, ARSAK, TRONDHEIM.fiksOrgId);
    const oppdiktet = await kanseller(url(), integrasjon, randomUUID());
    expect(deres.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(deres.errors?.[0]?.message).toBe(oppdiktet.errors?.[0]?.message);
    expect(oppdiktet.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("another Oslo integration, which did not register the invoice, gets NOT_FOUND too", async () => {
    const { errors } = await kanseller(url(), annenOsloIntegrasjon, plan.meldingId);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("an unauthenticated call is refused", async () => {
    expect((await kanseller(url(), null, plan.meldingId)).status).toBe(401);
  });

  it("after all of them the plan still runs and the history has no cancellation", async () => {
    expect(await somKari(url(), plan.id)).toMatchObject({ avdragsplanStatus: "AKTIV", forfalt: false });
    expect(await kanselleringer(plan.id)).toHaveLength(0);
  });
});

describe("kansellerAvdragsplan by the integration that registered the invoice", () => {
  it.each([
    ["  ", "arsak: kan ikke være tom"],
    ["x".repeat(501), "arsak: kan være høyst 500 tegn"],
  ])("refuses the reason %#, naming arsak and changing nothing", async (arsak, melding) => {
    const { errors } = await kanseller(url(), integrasjon, plan.meldingId, arsak);
    expect(errors?.[0]).toMatchObject({ message: melding, extensions: { code: "BAD_USER_INPUT", field: "arsak" } });
    expect((await lagret(plan.id))?.avdragKansellert).toBeNull();
  });

  it("cancels: three calls at once make one cancellation, and all three see it", async () => {
    const for_ = await karisOversikt(url());
    const svar = await Promise.all([1, 2, 3].map(() => kanseller(url(), integrasjon, plan.meldingId, ARSAK)));
    expect(svar.map((s) => s.errors)).toEqual([undefined, undefined, undefined]);
    for (const { faktura: etter } of svar) {
      expect(etter).toMatchObject({
        avdragsplanStatus: "KANSELLERT",
        avdragsplan: null,
        effektivForfallDato: "2026-06-01",
        utestaendeBelop: 100_000,
      });
    }
    expect(await kanselleringer(plan.id)).toHaveLength(1);
    expect(svar[0]?.faktura?.historikk.at(-1)).toEqual({
      type: "AVDRAG_KANSELLERT",
      forfallDato: "2026-06-01",
      belop: null,
      status: "IKKE_BETALT",
      arsak: ARSAK,
    });
    // The invoice's own due date decides again: 1 June has passed.
    expect(await somKari(url(), plan.id)).toMatchObject({
      forfallDato: "2026-06-01",
      effektivForfallDato: "2026-06-01",
      forfalt: true,
      avdragsplanStatus: "KANSELLERT",
      avdragsplan: null,
    });
    expect((await karisOversikt(url())).antallForfalte).toBe(for_.antallForfalte + 1);
  });

  it("cancelling again, even with another reason, changes nothing and adds no history", async () => {
    const { errors, faktura: etter } = await kanseller(url(), integrasjon, plan.meldingId, "En annen grunn");
    expect(errors).toBeUndefined();
    expect(etter?.avdragsplanStatus).toBe("KANSELLERT");
    expect((await kanselleringer(plan.id)).map((h) => h.arsak)).toEqual([ARSAK]);
  });

  it("the citizen is not granted a new plan, and learns why; asking as before shows the plan was cancelled", async () => {
    const ny = await beOmAvdrag(url(), kari4, plan.id, 2, { sprak: "nn" });
    expect(ny.svar).toMatchObject({
      status: "AVSLATT",
      avslag: {
        kode: "AVDRAGSPLAN_KANSELLERT",
        tekst: "Kommunen har stoppa avdragsplanen på denne fakturaen. Ta kontakt med kommunen.",
      },
    });
    const somFor = await beOmAvdrag(url(), kari4, plan.id, 3);
    expect(somFor.svar).toMatchObject({ status: "INNVILGET", kansellert: "2026-06-15T10:00:00.000Z" });
    expect(ny.svar?.kansellert).toBeNull();
    expect(somFor.svar?.faktura.avdragsplan).toBeNull();
    expect((await lagret(plan.id))?.avdragsplan).toBeNull();
  });

  it("a postponement is judged by the usual rules again", async () => {
    const { svar } = await beOm(url(), kari4, plan.id, "2026-06-25");
    expect(svar).toMatchObject({ status: "INNVILGET", forfallDato: "2026-06-25" });
    expect(await somKari(url(), plan.id)).toMatchObject({ effektivForfallDato: "2026-06-25", forfalt: false });
  });

  it("payments after the cancellation count against the invoice as usual", async () => {
    const { faktura: etter } = await betal(url(), plan.meldingId, 100_000, "P2");
    expect(etter).toMatchObject({ status: "BETALT", avdragsplanStatus: "KANSELLERT", avdragsplan: null });
    expect(etter?.historikk.some((h) => h.type === "AVDRAG_FULLFORT")).toBe(false);
  });
});

describe("nothing to cancel", () => {
  it("an invoice that never had a plan: CONFLICT naming meldingId", async () => {
    const { errors } = await kanseller(url(), integrasjon, fakturaId("1003"));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "meldingId" });
  });

  it("a plan paid in full: CONFLICT, and it stays FULLFORT", async () => {
    const betalt = await fakturaMedPlan(url(), { belop: 100_000, forfallDato: "2026-06-30", antall: 2 });
    await betal(url(), betalt.meldingId, 100_000, "ALT");
    const { errors } = await kanseller(url(), integrasjon, betalt.meldingId);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "meldingId" });
    expect((await somKari(url(), betalt.id))?.avdragsplanStatus).toBe("FULLFORT");
    expect(await kanselleringer(betalt.id)).toHaveLength(0);
  });
});
