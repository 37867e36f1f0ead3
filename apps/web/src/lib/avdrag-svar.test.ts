import { describe, expect, it } from "vitest";
import { type AvdragSvar, avdragSvar } from "./avdrag-svar.ts";

const AVDRAG = [
  { forfallDato: "2026-06-15", belop: 100_000 },
  { forfallDato: "2026-07-15", belop: 100_000 },
  { forfallDato: "2026-08-15", belop: 100_000 },
];
const SVAR = { id: "b0000000-0000-4000-8000-000000000002", avdrag: AVDRAG, avslag: null } as const;

describe("avdragSvar", () => {
  it("counts the instalments of a granted plan and of one waiting for the invoicing system", () => {
    expect(avdragSvar({ ...SVAR, status: "INNVILGET" })).toEqual({ type: "svar", status: "INNVILGET", antall: 3 });
    expect(avdragSvar({ ...SVAR, status: "UNDER_BEHANDLING" })).toEqual({
      type: "svar",
      status: "UNDER_BEHANDLING",
      antall: 3,
    });
  });

  it("shows the service's reason, also for a code this app does not know, and copes with none", () => {
    const tekst = "Kommunen tilbyr ikke avdrag på denne fakturaen.";
    const avslatt: AvdragSvar = { ...SVAR, status: "AVSLATT", avslag: { kode: "AVDRAG_IKKE_TILBUDT", tekst } };
    expect(avdragSvar(avslatt)).toEqual({ type: "svar", status: "AVSLATT", begrunnelse: tekst });
    const ukjent = { ...SVAR, status: "AVSLATT", avslag: { kode: "NY_KODE", tekst: "A new reason." } };
    expect(avdragSvar(ukjent as unknown as AvdragSvar)).toMatchObject({ begrunnelse: "A new reason." });
    expect(avdragSvar({ ...SVAR, status: "AVSLATT" })).toMatchObject({ status: "AVSLATT", begrunnelse: "" });
  });
});
