import { describe, expect, it } from "vitest";
import type { LagretDokument } from "./dokumentlager.ts";
import { nedlastingstilgang } from "./nedlastingstilgang.ts";

const OSLO = "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301";
const ANNEN = "1a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301";
const naa = new Date("2026-12-01T12:00:00Z");
const dokument = (endring: Partial<LagretDokument> = {}): LagretDokument => ({
  id: "d0c5e11a-0000-4000-9000-000000000001",
  fiksOrgId: OSLO,
  integrasjonId: OSLO,
  dokumentnavn: "Vedtak",
  mimeType: "application/pdf",
  sikkerhetsniva: 3,
  korrelasjonsid: null,
  tilgjengeligTil: null,
  storrelse: 10,
  sha256: "00",
  opprettet: naa,
  ...endring,
});

describe("nedlastingstilgang", () => {
  it("allows a level-3 melding's document at level 3", () => {
    expect(
      nedlastingstilgang(dokument(), [{ fiksOrgId: OSLO, integrasjonId: OSLO, sikkerhetsniva: 3 }], 3, naa).type,
    ).toBe("TILLATT");
  });

  it("asks for level 4 when every linking melding is level 4", () => {
    expect(
      nedlastingstilgang(dokument(), [{ fiksOrgId: OSLO, integrasjonId: OSLO, sikkerhetsniva: 4 }], 3, naa),
    ).toEqual({
      type: "KREVER_HOYERE_NIVA",
      paakrevdNiva: 4,
    });
  });

  it("lets a level-3 melding open the document even when a level-4 one also links to it", () => {
    const meldinger = [
      { fiksOrgId: OSLO, integrasjonId: OSLO, sikkerhetsniva: 4 },
      { fiksOrgId: OSLO, integrasjonId: OSLO, sikkerhetsniva: 3 },
    ];
    expect(nedlastingstilgang(dokument(), meldinger, 3, naa).type).toBe("TILLATT");
  });

  it("keeps the document's own level 4 even under a level-3 melding", () => {
    const svar = nedlastingstilgang(
      dokument({ sikkerhetsniva: 4 }),
      [{ fiksOrgId: OSLO, integrasjonId: OSLO, sikkerhetsniva: 3 }],
      3,
      naa,
    );
    expect(svar.type).toBe("KREVER_HOYERE_NIVA");
  });

  it("ignores meldinger of another organisation, and no melding means not found", () => {
    expect(
      nedlastingstilgang(dokument(), [{ fiksOrgId: ANNEN, integrasjonId: OSLO, sikkerhetsniva: 3 }], 4, naa).type,
    ).toBe("IKKE_FUNNET");
    expect(nedlastingstilgang(dokument(), [], 4, naa).type).toBe("IKKE_FUNNET");
  });

  it("ignores meldinger another integration of the same organisation indexed", () => {
    const annenIntegrasjon = [{ fiksOrgId: OSLO, integrasjonId: ANNEN, sikkerhetsniva: 3 }];
    expect(nedlastingstilgang(dokument(), annenIntegrasjon, 4, naa).type).toBe("IKKE_FUNNET");
  });

  it("reports an expired document as gone only to someone it is exposed to", () => {
    const utlopt = dokument({ tilgjengeligTil: new Date("2026-12-01T11:59:59Z") });
    expect(nedlastingstilgang(utlopt, [{ fiksOrgId: OSLO, integrasjonId: OSLO, sikkerhetsniva: 3 }], 4, naa).type).toBe(
      "UTLOPT",
    );
    expect(nedlastingstilgang(utlopt, [], 4, naa).type).toBe("IKKE_FUNNET");
  });
});
