import { describe, expect, it } from "vitest";
import { type IndexMeldingV2, validateBatch } from "./index-melding.ts";

const ORG = "5d1c7b2e-8e0a-4b43-a0de-7a6f1c9e5001";
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

function melding(versjon: string, metadata: unknown, overrides: Partial<IndexMeldingV2> = {}): IndexMeldingV2 {
  return {
    meldingId: "02ba5fc7-1b2c-4d5e-8f90-123456789abc",
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "12858510048" },
    fiksOrganisasjonId: ORG,
    versjon,
    meldingMetadata: b64(metadata),
    ...overrides,
  };
}

const GYLDIGE: [string, unknown][] = [
  [
    "forsendelseV2",
    {
      tittel: "Vedtak",
      avsender: "Trondheim kommune",
      sendtDato: 1795000000000,
      lest: false,
      dokumenter: [{ tittel: "Vedtak", mimeType: "application/pdf", nedlastingLenke: "https://x.test/1" }],
    },
  ],
  [
    "MAPPE_V1",
    { type: "BYGGESAK", tittel: "Byggesak", milepeler: [{ navn: "Mottatt", startdato: "2026-01-02T10:00:00+00:00" }] },
  ],
  ["JOURNALPOST_V1", { journalposttype: "I", tittel: "Søknad", forelder: { meldingId: ORG, type: "mappe" } }],
  [
    "INNSENDT_SKJEMA_V1",
    {
      tittel: "Søknad",
      mottaker: "Kommunen",
      avsender: "Kari",
      innsendtdato: "1795000000000",
      skjemafil: { nedlastingslenke: "https://x.test/s", filnavn: "s.pdf", mimeType: "application/pdf", size: 10 },
    },
  ],
  ["SKJEMAKLADD_V1", { tittel: "Kladd", endretDato: 1795000000000, url: "https://x.test/k" }],
];

describe("validateBatch", () => {
  it.each(GYLDIGE)("accepts a valid %s and derives its meldingType and sort date", (versjon, metadata) => {
    const result = validateBatch([melding(versjon, metadata)]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.meldinger[0]?.versjon).toBe(versjon);
      expect(result.meldinger[0]?.meldingType).toMatch(/^(forsendelse|mappe|journalpost|innsendtskjema|skjemakladd)$/);
    }
  });

  it("takes int64 given as a string (innsendtdato) as a number", () => {
    const result = validateBatch([melding(...(GYLDIGE[3] as [string, unknown]))]);
    expect(result.ok && result.meldinger[0]?.sorteringDato?.getTime()).toBe(1795000000000);
  });

  it("links a journalpost to its mappe through forelder", () => {
    const result = validateBatch([melding(...(GYLDIGE[2] as [string, unknown]))]);
    expect(result.ok && result.meldinger[0]?.forelderId).toBe(ORG);
    expect(result.ok && result.meldinger[0]?.forelderType).toBe("mappe");
  });

  it("names every invalid melding by index, meldingId and field", () => {
    const good = melding(...(GYLDIGE[4] as [string, unknown]));
    const result = validateBatch([
      good,
      melding(
        "SKJEMAKLADD_V1",
        { tittel: "Kladd", url: "https://x" },
        { meldingId: "11111111-1111-4111-8111-111111111111" },
      ),
      melding("UKJENT_V9", {}, { meldingId: "22222222-2222-4222-8222-222222222222" }),
      { ...good, meldingId: "33333333-3333-4333-8333-333333333333", meldingMetadata: "ikke base64!" },
      melding(
        "MAPPE_V1",
        { type: "BYGGESAK", tittel: "x" },
        {
          meldingId: "44444444-4444-4444-8444-444444444444",
          eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "28422155364" },
        },
      ),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.ugyldige).toEqual([
      expect.objectContaining({
        index: 1,
        meldingId: "11111111-1111-4111-8111-111111111111",
        field: "meldingMetadata.endretDato",
      }),
      expect.objectContaining({ index: 2, field: "versjon" }),
      expect.objectContaining({ index: 3, field: "meldingMetadata", message: "meldingMetadata er ikke gyldig Base64" }),
      expect.objectContaining({ index: 4, field: "eksponertFor.verdi" }),
    ]);
    expect(JSON.stringify(result.ugyldige)).not.toContain("28422155364");
  });

  it.each([
    ["an organisasjonsnummer failing mod-11", { identifikatorType: "ORGANISASJONSNUMMER", verdi: "974760674" }],
    ["a malformed matrikkelnummer", { identifikatorType: "MATRIKKELNUMMER", verdi: "5001-402/17" }],
    ["an unknown identifikatorType", { identifikatorType: "EPOST", verdi: "x@y" }],
    ["a missing verdi", { identifikatorType: "FODSELSNUMMER", verdi: null }],
  ])("rejects %s in eksponertFor", (_name, eksponertFor) => {
    const result = validateBatch([melding(...(GYLDIGE[4] as [string, unknown]), { eksponertFor })]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.ugyldige[0]?.field).toMatch(/^eksponertFor\./);
  });

  it.each([
    ["metadata of another versjon", melding("MAPPE_V1", { journalposttype: "I", tittel: "x" }), "meldingMetadata"],
    [
      "an unknown field where the schema forbids them",
      melding("SKJEMAKLADD_V1", { tittel: "k", endretDato: 1, url: "u", ekstra: 1 }),
      "meldingMetadata",
    ],
    [
      "Base64 of something that is not JSON",
      { ...melding("SKJEMAKLADD_V1", {}), meldingMetadata: Buffer.from("{nope").toString("base64") },
      "meldingMetadata",
    ],
    [
      "both korrelasjonId and forelder",
      melding("JOURNALPOST_V1", {
        journalposttype: "I",
        tittel: "x",
        korrelasjonId: "abc",
        forelder: { meldingId: ORG, type: "mappe" },
      }),
      "meldingMetadata.forelder",
    ],
    ["sikkerhetsniva 2", melding(...(GYLDIGE[4] as [string, unknown]), { sikkerhetsniva: 2 }), "sikkerhetsniva"],
    ["a bad eksternRef", melding(...(GYLDIGE[4] as [string, unknown]), { eksternRef: "a;drop" }), "eksternRef"],
    [
      "a tilgjengeligTil without zone",
      melding(...(GYLDIGE[4] as [string, unknown]), { tilgjengeligTil: "2027-01-01T00:00:00" }),
      "tilgjengeligTil",
    ],
    ["a meldingId that is not a UUID", melding(...(GYLDIGE[4] as [string, unknown]), { meldingId: "42" }), "meldingId"],
  ])("rejects %s", (_name, input, field) => {
    const result = validateBatch([input as IndexMeldingV2]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.ugyldige[0]?.field.startsWith(field)).toBe(true);
  });

  it("rejects the same meldingId twice in one batch", () => {
    const m = melding(...(GYLDIGE[4] as [string, unknown]));
    const result = validateBatch([m, m]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.ugyldige).toEqual([expect.objectContaining({ index: 1, field: "meldingId" })]);
  });

  it("takes free text up to its limit and names each field that is longer", () => {
    const [, brev] = GYLDIGE[0] as [string, Record<string, unknown>];
    const [, mappe] = GYLDIGE[1] as [string, Record<string, unknown>];
    const paGrensen = melding("forsendelseV2", { ...brev, tittel: "t".repeat(1000), avsender: "a".repeat(1000) });
    expect(validateBatch([paGrensen]).ok).toBe(true);
    expect(validateBatch([melding("MAPPE_V1", { ...mappe, beskrivelse: "b".repeat(10_000) })]).ok).toBe(true);
    const forLang = validateBatch([
      melding("forsendelseV2", {
        ...brev,
        tittel: "t".repeat(1001),
        avsender: "a".repeat(2_000_000),
        dokumenter: [
          { tittel: "Vedtak", mimeType: "application/pdf", nedlastingLenke: `https://x.test/${"l".repeat(2000)}` },
        ],
      }),
      melding("MAPPE_V1", { ...mappe, beskrivelse: "b".repeat(10_001) }, { meldingId: ORG }),
      melding("forsendelseV2", brev, {
        meldingId: "12ba5fc7-1b2c-4d5e-8f90-123456789abc",
        eksternRef: "e".repeat(1001),
      }),
    ]);
    expect(forLang.ok).toBe(false);
    if (!forLang.ok) {
      expect(forLang.ugyldige.map((u) => [u.index, u.field])).toEqual([
        [0, "meldingMetadata.tittel"],
        [0, "meldingMetadata.avsender"],
        [0, "meldingMetadata.dokumenter.0.nedlastingLenke"],
        [1, "meldingMetadata.beskrivelse"],
        [2, "eksternRef"],
      ]);
      expect(forLang.ugyldige[1]?.message).toContain("1000");
      expect(JSON.stringify(forLang.ugyldige).length).toBeLessThan(2000);
    }
  });
});
