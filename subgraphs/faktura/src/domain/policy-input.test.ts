import { describe, expect, it } from "vitest";
import { validerPolicy } from "./policy-input.ts";

const utvikling = { production: false };

const gyldig = {
  maksDager: 30,
  maksAntallPerFaktura: 2,
  ikkeEtterSendtInkasso: true,
  minimumBelop: 0,
  fagsystemBestemmer: false,
};

describe("validerPolicy", () => {
  it("accepts a policy decided by its rules alone, with no endpoints or secret", () => {
    expect(validerPolicy(gyldig, utvikling)).toEqual({
      ok: true,
      verdi: {
        ...gyldig,
        fagsystemUrl: null,
        webhookUrl: null,
        nyHemmelighet: null,
        avdragTillatt: false,
        maksAntallAvdrag: 0,
        minimumAvdragBelop: 0,
      },
    });
  });

  it.each([
    [{ maksDager: 0 }, "policy.maksDager", "må være minst 1"],
    [{ maksDager: 366 }, "policy.maksDager", "kan være høyst 365"],
    [{ maksDager: 1.5 }, "policy.maksDager", "må være et heltall"],
    [{ maksAntallPerFaktura: 0 }, "policy.maksAntallPerFaktura", "må være minst 1"],
    [{ maksAntallPerFaktura: 13 }, "policy.maksAntallPerFaktura", "kan være høyst 12"],
    [{ minimumBelop: -1 }, "policy.minimumBelop", "kan ikke være negativt"],
    [{ nyHemmelighet: "for-kort" }, "policy.nyHemmelighet", "må være minst 32 tegn"],
    [{ nyHemmelighet: "x".repeat(257) }, "policy.nyHemmelighet", "kan være høyst 256 tegn"],
    [
      { nyHemmelighet: `${"x".repeat(31)} ` },
      "policy.nyHemmelighet",
      "kan bare inneholde synlige ASCII-tegn uten mellomrom",
    ],
    [
      { fagsystemUrl: "http://faktura.oslo.kommune.no/" },
      "policy.fagsystemUrl",
      "må være en https-adresse (http bare til localhost)",
    ],
    [{ webhookUrl: "ikke en url" }, "policy.webhookUrl", "må være en absolutt https-adresse"],
    [{ fagsystemBestemmer: true }, "policy.fagsystemUrl", "må settes når fagsystemBestemmer er true"],
    [{ maksAntallAvdrag: 13 }, "policy.maksAntallAvdrag", "kan være høyst 12"],
    [{ minimumAvdragBelop: -1 }, "policy.minimumAvdragBelop", "kan ikke være negativt"],
    [
      { avdragTillatt: true, maksAntallAvdrag: 1 },
      "policy.maksAntallAvdrag",
      "må være minst 2 når avdragTillatt er true",
    ],
  ])("refuses %o, naming %s", (endring, felt, melding) => {
    expect(validerPolicy({ ...gyldig, ...endring }, utvikling)).toEqual({ ok: false, felt, melding });
  });

  it("holds endpoints to https in production", () => {
    const lokal = { ...gyldig, webhookUrl: "http://127.0.0.1:4100/hendelser" };
    expect(validerPolicy(lokal, utvikling).ok).toBe(true);
    expect(validerPolicy(lokal, { production: true })).toEqual({
      ok: false,
      felt: "policy.webhookUrl",
      melding: "må være en https-adresse",
    });
  });
});
