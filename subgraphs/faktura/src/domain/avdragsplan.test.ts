import { describe, expect, it } from "vitest";
import {
  avdragMedInnbetaling,
  avdragsplanStatus,
  effektivForfallDato,
  erForfalt,
  fordelInnbetalt,
  innbetaltMotPlan,
  type PlanFaktura,
} from "./avdragsplan.ts";

const AVDRAG = [
  { forfallDato: "2026-06-01", belop: 50_000 },
  { forfallDato: "2026-07-01", belop: 50_000 },
  { forfallDato: "2026-08-01", belop: 50_000 },
];

/** 1 500 kr due 1 June, of which 300 kr was paid before the plan was asked for. */
const faktura: PlanFaktura = {
  status: "IKKE_BETALT",
  forfallDato: "2026-06-01",
  belop: 180_000,
  gebyr: 0,
  renter: 0,
  andreOmkostninger: 0,
  kreditertBelop: 0,
  innbetaltBelop: 30_000,
  avdragsplan: AVDRAG,
  avdragInnbetaltFor: 30_000,
  avdragKansellert: null,
};
const medBetalt = (betaltEtter: number, endring: Partial<PlanFaktura> = {}): PlanFaktura => ({
  ...faktura,
  innbetaltBelop: 30_000 + betaltEtter,
  ...endring,
});

describe("fordelInnbetalt", () => {
  it.each<[number, number[], string[]]>([
    [0, [0, 0, 0], ["IKKE_BETALT", "IKKE_BETALT", "IKKE_BETALT"]],
    [1, [1, 0, 0], ["DELVIS_BETALT", "IKKE_BETALT", "IKKE_BETALT"]],
    [49_999, [49_999, 0, 0], ["DELVIS_BETALT", "IKKE_BETALT", "IKKE_BETALT"]],
    [50_000, [50_000, 0, 0], ["BETALT", "IKKE_BETALT", "IKKE_BETALT"]],
    [50_001, [50_000, 1, 0], ["BETALT", "DELVIS_BETALT", "IKKE_BETALT"]],
    [150_000, [50_000, 50_000, 50_000], ["BETALT", "BETALT", "BETALT"]],
    [999_999, [50_000, 50_000, 50_000], ["BETALT", "BETALT", "BETALT"]],
  ])("%i øre fills the instalments in order", (betalt, belop, status) => {
    const fordelt = fordelInnbetalt(AVDRAG, betalt);
    expect(fordelt.map((a) => a.innbetaltBelop)).toEqual(belop);
    expect(fordelt.map((a) => a.status)).toEqual(status);
    expect(fordelt.map((a) => a.forfallDato)).toEqual(AVDRAG.map((a) => a.forfallDato));
  });
});

describe("the plan read from the invoice", () => {
  it("counts only what was paid after the plan was asked for, never below zero", () => {
    expect(innbetaltMotPlan(medBetalt(20_000))).toBe(20_000);
    // The invoicing system lowered innbetaltBelop below where the plan started.
    expect(innbetaltMotPlan({ innbetaltBelop: 10_000, avdragInnbetaltFor: 30_000 })).toBe(0);
    expect(avdragMedInnbetaling({ ...faktura, avdragsplan: null })).toBeNull();
  });

  it.each<[string, PlanFaktura, string | null, string]>([
    ["nothing paid yet", medBetalt(0), "AKTIV", "2026-06-01"],
    ["first instalment paid", medBetalt(50_000), "AKTIV", "2026-07-01"],
    ["one øre short of the first", medBetalt(49_999), "AKTIV", "2026-06-01"],
    ["all paid but a fee added later", medBetalt(150_000, { gebyr: 3_500 }), "AKTIV", "2026-08-01"],
    ["paid in full", medBetalt(150_000), "FULLFORT", "2026-08-01"],
    ["marked BETALT by the invoicing system", medBetalt(0, { status: "BETALT" }), "FULLFORT", "2026-06-01"],
    ["no plan", { ...faktura, avdragsplan: null, avdragInnbetaltFor: null }, null, "2026-06-01"],
    [
      "cancelled",
      { ...faktura, avdragsplan: null, avdragInnbetaltFor: null, avdragKansellert: new Date() },
      "KANSELLERT",
      "2026-06-01",
    ],
    ["an empty plan", { ...faktura, avdragsplan: [] }, "AKTIV", "2026-06-01"],
  ])("%s: %s, due %s", (_navn, f, status, effektiv) => {
    expect(avdragsplanStatus(f)).toBe(status);
    expect(effektivForfallDato(f)).toBe(effektiv);
  });

  it("is overdue only when something is owed and the effective due date has passed in Oslo", () => {
    expect(erForfalt(medBetalt(0), "2026-06-01")).toBe(false);
    expect(erForfalt(medBetalt(0), "2026-06-02")).toBe(true);
    expect(erForfalt(medBetalt(50_000), "2026-06-15")).toBe(false);
    expect(erForfalt(medBetalt(50_000), "2026-07-02")).toBe(true);
    expect(erForfalt(medBetalt(150_000), "2027-01-01")).toBe(false);
  });
});
