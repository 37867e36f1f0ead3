import { describe, expect, it } from "vitest";
import { fakturaInput, meldingFelt } from "./faktura-input.ts";

const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");
const ID = "5d1c7b2e-8e0a-4b43-a0de-7a6f1c9e5001";
const melding = (metadata: unknown, envelope: Record<string, unknown> = {}) => ({
  meldingId: ID,
  sikkerhetsniva: 4,
  eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "x" },
  fiksOrganisasjonId: "org",
  versjon: "FAKTURA_V1",
  eksternRef: "faktura.2026",
  meldingMetadata: typeof metadata === "string" ? metadata : base64(metadata),
  ...envelope,
});

describe("fakturaInput", () => {
  it("decodes the metadata, turns kroner into øre and adds the envelope", () => {
    const result = fakturaInput(
      melding({ tittel: "Avgift", belop: 1234.56, gebyr: 35, renter: 0.1, status: "BETALT" }),
      0,
    );
    expect(result).toEqual({
      ok: true,
      fiksOrgId: "org",
      meldingId: ID,
      faktura: {
        tittel: "Avgift",
        belop: 123_456,
        gebyr: 3_500,
        renter: 10,
        status: "BETALT",
        meldingId: ID,
        sikkerhetsniva: 4,
        eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "x" },
      },
    });
  });

  it("leaves out what the faktura subgraph works out or does not keep", () => {
    const result = fakturaInput(
      melding({ belop: 1, totalbelop: 2, utestaendeBelop: 3, korrelasjonId: "k", forelder: { meldingId: ID } }),
      0,
    );
    expect(result.ok && Object.keys(result.faktura).sort()).toEqual(
      ["belop", "eksponertFor", "meldingId", "sikkerhetsniva"].sort(),
    );
  });

  it("passes a value of the wrong type on unchanged, for the GraphQL types to name", () => {
    const result = fakturaInput(melding({ belop: "100", gebyr: null }), 0);
    expect(result.ok && result.faktura).toMatchObject({ belop: "100", gebyr: null });
  });

  it.each([
    ["not Base64", melding("%%%"), ["meldingMetadata"]],
    ["Base64 of text that is not JSON", melding(Buffer.from("hei").toString("base64")), ["meldingMetadata"]],
    ["JSON that is not an object", melding([1]), ["meldingMetadata"]],
    ["a third decimal", melding({ belop: 1.005, gebyr: 0.001 }), ["meldingMetadata.belop", "meldingMetadata.gebyr"]],
    ["tilgjengeligTil", melding({ belop: 1 }, { tilgjengeligTil: "2027-01-01T00:00:00Z" }), ["tilgjengeligTil"]],
    ["an envelope field inside the metadata", melding({ meldingId: ID }), ["meldingMetadata.meldingId"]],
  ])("refuses %s, naming the field", (_name, input, fields) => {
    const result = fakturaInput(input, 7);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.ugyldige.map((u) => u.field)).toEqual(fields);
      expect(result.ugyldige.every((u) => u.index === 7 && u.meldingId === ID)).toBe(true);
    }
  });
});

describe("meldingFelt", () => {
  it.each([
    ["kid", "meldingMetadata.kid"],
    ["kontaktinformasjon.adresse.navn", "meldingMetadata.kontaktinformasjon.adresse.navn"],
    ["eksponertFor.verdi", "eksponertFor.verdi"],
    ["meldingId", "meldingId"],
    ["sikkerhetsniva", "sikkerhetsniva"],
  ])("%s → %s", (field, expected) => expect(meldingFelt(field)).toBe(expected));
});
