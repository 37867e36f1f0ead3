import { describe, expect, it } from "vitest";
import { kontaktinformasjonFraKrr } from "./kontaktinformasjon.ts";

describe("kontaktinformasjonFraKrr", () => {
  it("shows an active person's addresses and reservation", () => {
    expect(
      kontaktinformasjonFraKrr({
        personidentifikator: "12858510048",
        reservasjon: "NEI",
        status: "AKTIV",
        kontaktinformasjon: { epostadresse: "kari@example.com", mobiltelefonnummer: "+4799999999" },
      }),
    ).toEqual({
      epostadresse: "kari@example.com",
      mobiltelefonnummer: "+4799999999",
      reservert: false,
      status: "AKTIV",
    });
  });

  it("counts a missing reservation as reserved and blank addresses as none", () => {
    expect(
      kontaktinformasjonFraKrr({
        personidentifikator: "12858510048",
        status: "AKTIV",
        kontaktinformasjon: { epostadresse: " " },
      }),
    ).toEqual({ epostadresse: null, mobiltelefonnummer: null, reservert: true, status: "AKTIV" });
  });

  it("shows a person KRR did not return as IKKE_REGISTRERT", () => {
    expect(kontaktinformasjonFraKrr(undefined)).toMatchObject({ status: "IKKE_REGISTRERT", epostadresse: null });
  });
});
