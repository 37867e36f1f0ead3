import { describe, expect, it } from "vitest";
import { purringTekst } from "./purring-tekst.ts";

const oppgave = {
  tittel: "Gi samtykke",
  handling: "Gi samtykke",
  url: "https://www.oslo.kommune.no/samtykke",
  frist: "2026-09-01",
};

describe("purringTekst", () => {
  it("writes Bokmål with the deadline and the link", () => {
    expect(purringTekst({ ...oppgave, sprak: "nb" })).toEqual({
      emne: "Påminnelse: Gi samtykke",
      tekst: [
        "Du har fortsatt en oppgave som venter på deg: Gi samtykke",
        "",
        "Fristen er 01.09.2026.",
        "",
        "Gi samtykke: https://www.oslo.kommune.no/samtykke",
        "",
        "Du får denne påminnelsen fordi oppgaven ikke er fullført. Når den er fullført, får du ingen flere påminnelser.",
        "",
        "Denne e-posten kan ikke besvares.",
        "",
      ].join("\n"),
    });
  });

  it("follows the oppgave's sprak, with Bokmål when it is unset or has no text", () => {
    expect(purringTekst({ ...oppgave, sprak: "nn" }).emne).toBe("Påminning: Gi samtykke");
    expect(purringTekst({ ...oppgave, sprak: "en" }).emne).toBe("Reminder: Gi samtykke");
    expect(purringTekst({ ...oppgave, sprak: "se" }).emne).toBe("Påminnelse: Gi samtykke");
    expect(purringTekst({ ...oppgave, sprak: null }).emne).toBe("Påminnelse: Gi samtykke");
  });

  it("leaves the deadline out when there is none", () => {
    expect(purringTekst({ ...oppgave, frist: null, sprak: "en" }).tekst).not.toContain("deadline");
  });
});
