import { describe, expect, it } from "vitest";
import { type UtsettelseSvar, utsettelseSvar } from "./utsettelse-svar.ts";

const AVSLATT = {
  id: "b0000000-0000-4000-8000-000000000001",
  status: "AVSLATT",
  onsketForfallDato: "2026-07-15",
  forfallDato: "2026-06-15",
} as const;

describe("utsettelseSvar", () => {
  it("shows the service's reason for AVDRAGSPLAN_KANSELLERT", () => {
    const tekst = "Kommunen har stoppet avdragsplanen på denne fakturaen.";
    const svar: UtsettelseSvar = { ...AVSLATT, avslag: { kode: "AVDRAGSPLAN_KANSELLERT", tekst } };
    expect(utsettelseSvar(svar, "nb")).toEqual({ type: "svar", status: "AVSLATT", begrunnelse: tekst });
  });

  it("shows the reason of a code this app does not know yet, and copes with no reason at all", () => {
    const ukjent = { ...AVSLATT, avslag: { kode: "NY_KODE_FRA_I_MORGEN", tekst: "A new reason." } };
    expect(utsettelseSvar(ukjent as unknown as UtsettelseSvar, "en")).toEqual({
      type: "svar",
      status: "AVSLATT",
      begrunnelse: "A new reason.",
    });
    expect(utsettelseSvar({ ...AVSLATT, avslag: null }, "nb")).toMatchObject({ status: "AVSLATT", begrunnelse: "" });
  });

  it("formats the granted and the wished-for date in the citizen's language", () => {
    const innvilget = utsettelseSvar(
      { ...AVSLATT, status: "INNVILGET", avslag: null, forfallDato: "2026-07-15" },
      "nn",
    );
    expect(innvilget).toEqual({
      type: "svar",
      status: "INNVILGET",
      forfallDato: "2026-07-15",
      datoTekst: "15. juli 2026",
    });
    const venter = utsettelseSvar({ ...AVSLATT, status: "UNDER_BEHANDLING", avslag: null }, "en");
    expect(venter).toMatchObject({
      status: "UNDER_BEHANDLING",
      onsketForfallDato: "2026-07-15",
      datoTekst: "15 July 2026",
    });
  });
});
