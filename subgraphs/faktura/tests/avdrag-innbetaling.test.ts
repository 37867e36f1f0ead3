import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { effektivForfallSql } from "../src/db/avdragsplan-sql.ts";
import { faktura } from "../src/db/schema.ts";
import { effektivForfallDato } from "../src/domain/avdragsplan.ts";
import { betal, fakturaMedPlan, karisOversikt, somKari } from "./helpers/avdragsplan.ts";
import { integrasjon } from "./helpers/demo.ts";
import { REGISTRER_FAKTURA } from "./helpers/faktura-input.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";

const t = useSeededSubgraph();
const url = () => t.subgraph.url;

const statuser = (plan: { status: string }[] | null | undefined) => plan?.map((a) => a.status);
const innbetalt = (plan: { innbetaltBelop: number }[] | null | undefined) => plan?.map((a) => a.innbetaltBelop);

describe("payments under an avdrag plan (Kari, today 15 June 2026)", () => {
  // 1 500 kr due 1 June, split in three: 1 June, 1 July and 1 August.
  let plan: Awaited<ReturnType<typeof fakturaMedPlan>>;

  it("a plan whose first instalment is past due is overdue until that instalment is paid", async () => {
    const for_ = await karisOversikt(url());
    plan = await fakturaMedPlan(url(), { belop: 150_000, forfallDato: "2026-06-01", antall: 3 });
    const sett = await somKari(url(), plan.id);
    expect(sett).toMatchObject({
      forfallDato: "2026-06-01",
      effektivForfallDato: "2026-06-01",
      forfalt: true,
      avdragsplanStatus: "AKTIV",
      avdragsplan: [
        { forfallDato: "2026-06-01", belop: 50_000, innbetaltBelop: 0, status: "IKKE_BETALT" },
        { forfallDato: "2026-07-01", belop: 50_000, innbetaltBelop: 0, status: "IKKE_BETALT" },
        { forfallDato: "2026-08-01", belop: 50_000, innbetaltBelop: 0, status: "IKKE_BETALT" },
      ],
    });
    expect(await karisOversikt(url())).toEqual({
      antallUbetalte: for_.antallUbetalte + 1,
      antallForfalte: for_.antallForfalte + 1,
    });
  });

  it("paying the first instalment moves the due date to the next, so she is no longer overdue", async () => {
    const for_ = await karisOversikt(url());
    const { errors, faktura: etter } = await betal(url(), plan.meldingId, 50_000, "P1");
    expect(errors).toBeUndefined();
    expect(etter).toMatchObject({ effektivForfallDato: "2026-07-01", avdragsplanStatus: "AKTIV" });
    expect(statuser(etter?.avdragsplan)).toEqual(["BETALT", "IKKE_BETALT", "IKKE_BETALT"]);
    expect(etter?.historikk.at(-1)).toEqual({
      type: "INNBETALING",
      forfallDato: "2026-07-01",
      belop: 50_000,
      status: "IKKE_BETALT",
      arsak: null,
    });
    expect(await somKari(url(), plan.id)).toMatchObject({
      forfallDato: "2026-06-01",
      effektivForfallDato: "2026-07-01",
      forfalt: false,
    });
    expect((await karisOversikt(url())).antallForfalte).toBe(for_.antallForfalte - 1);
  });

  it("a payment larger than an instalment runs on into the next, which shows partly paid", async () => {
    const { faktura: etter } = await betal(url(), plan.meldingId, 60_000, "P2");
    expect(innbetalt(etter?.avdragsplan)).toEqual([50_000, 50_000, 10_000]);
    expect(statuser(etter?.avdragsplan)).toEqual(["BETALT", "BETALT", "DELVIS_BETALT"]);
    expect(etter?.effektivForfallDato).toBe("2026-08-01");
    // The same payment again is the same payment.
    const igjen = await betal(url(), plan.meldingId, 60_000, "P2");
    expect(innbetalt(igjen.faktura?.avdragsplan)).toEqual([50_000, 50_000, 10_000]);
    expect(igjen.faktura?.historikk.filter((h) => h.type === "INNBETALING")).toHaveLength(2);
  });

  it("a partly paid instalment past its date is overdue", async () => {
    const senere = await serveTestSubgraph(t.database.db, new Date("2026-08-02T10:00:00Z"));
    try {
      expect(await somKari(senere.url, plan.id)).toMatchObject({ effektivForfallDato: "2026-08-01", forfalt: true });
    } finally {
      await senere.close();
    }
    expect(await somKari(url(), plan.id)).toMatchObject({ forfalt: false });
  });

  it("the payment that clears the invoice ends the plan, once, in the history", async () => {
    const { faktura: etter } = await betal(url(), plan.meldingId, 40_000, "P3");
    expect(etter).toMatchObject({ status: "BETALT", utestaendeBelop: 0, avdragsplanStatus: "FULLFORT" });
    expect(statuser(etter?.avdragsplan)).toEqual(["BETALT", "BETALT", "BETALT"]);
    expect(etter?.historikk.slice(-2)).toEqual([
      { type: "INNBETALING", forfallDato: "2026-08-01", belop: 40_000, status: "BETALT", arsak: null },
      { type: "AVDRAG_FULLFORT", forfallDato: null, belop: null, status: "BETALT", arsak: null },
    ]);
    expect(await somKari(url(), plan.id)).toMatchObject({ forfalt: false, avdragsplanStatus: "FULLFORT" });
    // Reporting the last payment again adds nothing.
    const igjen = await betal(url(), plan.meldingId, 40_000, "P3");
    expect(igjen.faktura?.historikk.filter((h) => h.type === "AVDRAG_FULLFORT")).toHaveLength(1);
  });
});

describe("what pays the instalments", () => {
  it("only payments after the plan was asked for: what was paid before is not an instalment", async () => {
    // 1 800 kr, 300 kr paid, the rest in three of 500 kr.
    const plan = await fakturaMedPlan(url(), {
      belop: 180_000,
      forfallDato: "2026-06-30",
      antall: 3,
      betaltFor: 30_000,
    });
    const sett = await somKari(url(), plan.id);
    expect(sett?.avdragsplan?.map((a) => a.belop)).toEqual([50_000, 50_000, 50_000]);
    expect(innbetalt(sett?.avdragsplan)).toEqual([0, 0, 0]);
    const { faktura: etter } = await betal(url(), plan.meldingId, 50_000, "A1");
    expect(statuser(etter?.avdragsplan)).toEqual(["BETALT", "IKKE_BETALT", "IKKE_BETALT"]);
  });

  it("a fee added later is owed after the last instalment: the plan runs until it is paid", async () => {
    const plan = await fakturaMedPlan(url(), { belop: 100_000, forfallDato: "2026-06-30", antall: 2 });
    await betal(url(), plan.meldingId, 50_000, "F1");
    const endret = await callSubgraph(url(), integrasjon, REGISTRER_FAKTURA, {
      fiksOrgId: OSLO.fiksOrgId,
      faktura: { ...plan.input, gebyr: 3_500 },
    });
    expect(endret.errors).toBeUndefined();
    const { faktura: etter } = await betal(url(), plan.meldingId, 50_000, "F2");
    expect(etter).toMatchObject({
      utestaendeBelop: 3_500,
      avdragsplanStatus: "AKTIV",
      effektivForfallDato: "2026-07-30",
    });
    expect(statuser(etter?.avdragsplan)).toEqual(["BETALT", "BETALT"]);
    const siste = await betal(url(), plan.meldingId, 3_500, "F3");
    expect(siste.faktura?.avdragsplanStatus).toBe("FULLFORT");
  });

  it("concurrent payments all count, and the plan ends exactly once", async () => {
    const plan = await fakturaMedPlan(url(), { belop: 150_000, forfallDato: "2026-06-30", antall: 3 });
    const svar = await Promise.all(["C1", "C2", "C3"].map((ref) => betal(url(), plan.meldingId, 50_000, ref)));
    expect(svar.map((s) => s.errors)).toEqual([undefined, undefined, undefined]);
    const sett = await somKari(url(), plan.id);
    expect(sett).toMatchObject({ status: "BETALT", avdragsplanStatus: "FULLFORT" });
    expect(sett?.historikk.filter((h) => h.type === "INNBETALING")).toHaveLength(3);
    expect(sett?.historikk.filter((h) => h.type === "AVDRAG_FULLFORT")).toHaveLength(1);
  });

  it("a registration that settles the invoice ends the plan too, and re-sending it adds no second end", async () => {
    const plan = await fakturaMedPlan(url(), { belop: 100_000, forfallDato: "2026-06-30", antall: 2 });
    const registrer = (endring: Record<string, unknown>) =>
      callSubgraph(url(), integrasjon, REGISTRER_FAKTURA, {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: { ...plan.input, ...endring },
      });
    expect((await registrer({ innbetaltBelop: 100_000, status: "BETALT" })).errors).toBeUndefined();
    expect(
      (await registrer({ innbetaltBelop: 100_000, status: "BETALT", tittel: "Rettet tittel" })).errors,
    ).toBeUndefined();
    const sett = await somKari(url(), plan.id);
    expect(sett?.avdragsplanStatus).toBe("FULLFORT");
    expect(sett?.historikk.map((h) => h.type).slice(-3)).toEqual(["OPPDATERT", "AVDRAG_FULLFORT", "OPPDATERT"]);
  });
});

describe("the effective due date in SQL and in src/domain", () => {
  it("agree on every invoice, with plans in every state", async () => {
    // A plan paid exactly up to an instalment's edge, and one a single øre short of it.
    const kant = await fakturaMedPlan(url(), { belop: 150_000, forfallDato: "2026-06-05", antall: 3 });
    await betal(url(), kant.meldingId, 50_000, "K1");
    const ore = await fakturaMedPlan(url(), { belop: 150_000, forfallDato: "2026-06-05", antall: 3 });
    await betal(url(), ore.meldingId, 49_999, "O1");
    const rows = await t.database.db
      .select({ row: faktura, effektiv: sql<string>`(${effektivForfallSql})::text` })
      .from(faktura);
    expect(rows.filter((r) => r.row.avdragsplan).length).toBe(7);
    for (const { row, effektiv } of rows) expect(effektiv).toBe(effektivForfallDato(row));
    const forfall = (id: string) => rows.find((r) => r.row.id === id)?.effektiv;
    expect(forfall(kant.id)).toBe("2026-07-05");
    expect(forfall(ore.id)).toBe("2026-06-05");
  });
});
