import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { integrasjon } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA, REGISTRER_INNBETALING } from "./helpers/faktura-input.ts";
import { useTestSubgraph } from "./helpers/seeded-subgraph.ts";

interface Etter {
  status: string;
  innbetaltBelop: number;
  utestaendeBelop: number;
  kanBetales: boolean;
  innbetalinger: { belop: number; dato: string; referanse: string }[];
  historikk: { type: string; belop: number | null; status: string }[];
}

const t = useTestSubgraph();

/** Registers a fresh invoice of 100 000 + 3 500 øre and returns its meldingId. */
async function nyFaktura(overrides: Record<string, unknown> = {}): Promise<string> {
  const input = fakturaInput(overrides);
  const result = await callSubgraph(t.subgraph.url, integrasjon, REGISTRER_FAKTURA, {
    fiksOrgId: OSLO.fiksOrgId,
    faktura: input,
  });
  expect(result.errors).toBeUndefined();
  return input.meldingId as string;
}

async function betal(meldingId: string, belop: number, referanse: string, dato = "2026-06-10") {
  const result = await callSubgraph<{ registrerInnbetaling: Etter }>(
    t.subgraph.url,
    integrasjon,
    REGISTRER_INNBETALING,
    {
      fiksOrgId: OSLO.fiksOrgId,
      meldingId,
      innbetaling: { belop, dato, referanse },
    },
  );
  return { errors: result.errors, faktura: result.data?.registrerInnbetaling };
}

describe("registrerInnbetaling", () => {
  it("a partial payment lowers what is owed and keeps the status", async () => {
    const meldingId = await nyFaktura();
    const { errors, faktura } = await betal(meldingId, 40_000, "A1");
    expect(errors).toBeUndefined();
    expect(faktura).toMatchObject({
      status: "IKKE_BETALT",
      innbetaltBelop: 40_000,
      utestaendeBelop: 63_500,
      kanBetales: true,
    });
    expect(faktura?.historikk.map((h) => h.type)).toEqual(["REGISTRERT", "INNBETALING"]);
  });

  it("the payment that clears the rest marks it BETALT and not payable", async () => {
    const meldingId = await nyFaktura();
    await betal(meldingId, 40_000, "A1");
    const { faktura } = await betal(meldingId, 63_500, "A2");
    expect(faktura).toMatchObject({ status: "BETALT", innbetaltBelop: 103_500, utestaendeBelop: 0, kanBetales: false });
    expect(faktura?.innbetalinger.map((i) => i.referanse)).toEqual(["A1", "A2"]);
    expect(faktura?.historikk.at(-1)).toMatchObject({ type: "INNBETALING", belop: 63_500, status: "BETALT" });
  });

  it("counts a credit note: paying what is left after kreditertBelop settles the invoice", async () => {
    const meldingId = await nyFaktura({ kreditertBelop: 50_000 });
    const { faktura } = await betal(meldingId, 53_500, "K1");
    expect(faktura).toMatchObject({ status: "BETALT", utestaendeBelop: 0 });
  });

  it("is idempotent by referanse: the same payment twice counts once", async () => {
    const meldingId = await nyFaktura();
    await betal(meldingId, 10_000, "R1");
    const { errors, faktura } = await betal(meldingId, 10_000, "R1");
    expect(errors).toBeUndefined();
    expect(faktura).toMatchObject({ innbetaltBelop: 10_000, innbetalinger: [{ referanse: "R1", belop: 10_000 }] });
  });

  it("counts the same payment once when it arrives concurrently", async () => {
    const meldingId = await nyFaktura();
    await Promise.all([betal(meldingId, 7_000, "C1"), betal(meldingId, 7_000, "C1"), betal(meldingId, 3_000, "C2")]);
    const { faktura } = await betal(meldingId, 3_000, "C2");
    expect(faktura?.innbetaltBelop).toBe(10_000);
  });

  it("refuses the same referanse with another amount, naming innbetaling.referanse", async () => {
    const meldingId = await nyFaktura();
    await betal(meldingId, 10_000, "R1");
    const { errors } = await betal(meldingId, 11_000, "R1");
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "innbetaling.referanse" });
    const { faktura } = await betal(meldingId, 1, "R2");
    expect(faktura?.innbetaltBelop).toBe(10_001);
  });

  it("keeps registered payments when the fagsystem re-sends the invoice without innbetaltBelop", async () => {
    const input = fakturaInput();
    await callSubgraph(t.subgraph.url, integrasjon, REGISTRER_FAKTURA, { fiksOrgId: OSLO.fiksOrgId, faktura: input });
    await betal(input.meldingId as string, 20_000, "P1");
    const again = await callSubgraph<{ registrerFaktura: Etter }>(t.subgraph.url, integrasjon, REGISTRER_FAKTURA, {
      fiksOrgId: OSLO.fiksOrgId,
      faktura: { ...input, gebyr: 7_000 },
    });
    expect(again.data?.registrerFaktura).toMatchObject({ innbetaltBelop: 20_000, utestaendeBelop: 87_000 });
  });

  it.each([
    [0, "innbetaling.belop"],
    [-500, "innbetaling.belop"],
    [10 ** 13 + 1, "innbetaling.belop"],
    [Number.MAX_SAFE_INTEGER, "innbetaling.belop"],
  ])("refuses belop %s naming %s", async (belop, felt) => {
    const meldingId = await nyFaktura();
    const { errors } = await betal(meldingId, belop, "X");
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: felt });
  });

  it("refuses a payment that takes innbetaltBelop past the cap, stores nothing, and keeps the invoice readable", async () => {
    const meldingId = await nyFaktura();
    expect((await betal(meldingId, 10 ** 13 - 1, "S1")).errors).toBeUndefined();
    const { errors } = await betal(meldingId, 2, "S2");
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "innbetaling.belop" });
    const { faktura } = await betal(meldingId, 1, "S3");
    expect(faktura).toMatchObject({ innbetaltBelop: 10 ** 13, utestaendeBelop: 0, status: "BETALT" });
    expect(faktura?.innbetalinger.map((i) => i.referanse)).toEqual(["S1", "S3"]);
    const again = await betal(meldingId, 1, "S3");
    expect(again.errors).toBeUndefined();
    expect(again.faktura?.innbetaltBelop).toBe(10 ** 13);
  });

  it("refuses an empty referanse", async () => {
    const meldingId = await nyFaktura();
    const { errors } = await betal(meldingId, 100, "  ");
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "innbetaling.referanse" });
  });
});
