import { describe, expect, it } from "vitest";
import { adressatFraKrr } from "./adressat.ts";

const aktiv = {
  personidentifikator: "12858510048",
  reservasjon: "NEI" as const,
  status: "AKTIV" as const,
  kontaktinformasjon: { epostadresse: "kari.nordmann@example.com" },
};

describe("adressatFraKrr", () => {
  it("reaches an active, unreserved person at their e-mail address", () => {
    expect(adressatFraKrr(aktiv)).toEqual({ kanVarsles: true, adresse: "kari.nordmann@example.com" });
  });

  it.each([
    ["reserved", { ...aktiv, reservasjon: "JA" as const }, "RESERVERT"],
    ["without a reservation answer", { ...aktiv, reservasjon: undefined }, "RESERVERT"],
    [
      "without an e-mail address",
      { ...aktiv, kontaktinformasjon: { mobiltelefonnummer: "99999999" } },
      "MANGLER_EPOST",
    ],
    ["with a blank e-mail address", { ...aktiv, kontaktinformasjon: { epostadresse: " " } }, "MANGLER_EPOST"],
    ["deleted from KRR", { ...aktiv, status: "SLETTET" as const }, "IKKE_AKTIV_I_KRR"],
    ["not registered", { ...aktiv, status: "IKKE_REGISTRERT" as const }, "IKKE_AKTIV_I_KRR"],
    ["missing from the answer", undefined, "IKKE_AKTIV_I_KRR"],
  ])("gives no reminder to a person %s", (_name, person, arsak) => {
    expect(adressatFraKrr(person)).toEqual({ kanVarsles: false, arsak });
  });
});
