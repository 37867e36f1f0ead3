import { describe, expect, it } from "vitest";
import { avslagTekst } from "./avslag-tekster.ts";
import {
  type AvslagKode,
  dagerMellom,
  type UtsettelseGrunnlag,
  type UtsettelsePolicy,
  vurderUtsettelse,
} from "./utsettelse-policy.ts";

const policy: UtsettelsePolicy = {
  maksDager: 30,
  maksAntallPerFaktura: 1,
  ikkeEtterSendtInkasso: true,
  minimumBelop: 10_000,
  fagsystemBestemmer: false,
};
const grunnlag: UtsettelseGrunnlag = {
  status: "IKKE_BETALT",
  utestaendeBelop: 50_000,
  sendtTilEkstern: false,
  forfallDato: "2026-06-20",
  onsketForfallDato: "2026-07-20",
  antallTidligere: 0,
};

describe("vurderUtsettelse: truth table", () => {
  it.each<[string, Partial<UtsettelsePolicy> | null, Partial<UtsettelseGrunnlag>, string]>([
    ["everything within the policy", {}, {}, "INNVILGET"],
    ["exactly maksDager", {}, { onsketForfallDato: "2026-07-20" }, "INNVILGET"],
    ["one day over maksDager", {}, { onsketForfallDato: "2026-07-21" }, "FOR_LANG_UTSETTELSE"],
    ["exactly minimumBelop owed", {}, { utestaendeBelop: 10_000 }, "INNVILGET"],
    ["one øre under minimumBelop", {}, { utestaendeBelop: 9_999 }, "BELOP_UNDER_MINIMUM"],
    ["maksAntallPerFaktura already granted", {}, { antallTidligere: 1 }, "FOR_MANGE_UTSETTELSER"],
    ["a second one when two are allowed", { maksAntallPerFaktura: 2 }, { antallTidligere: 1 }, "INNVILGET"],
    ["postponement switched off (0 allowed)", { maksAntallPerFaktura: 0 }, {}, "FOR_MANGE_UTSETTELSER"],
    ["no policy at all", null, {}, "IKKE_TILBUDT"],
    ["BETALT", {}, { status: "BETALT" }, "ALLEREDE_BETALT"],
    ["nothing owed (credited)", {}, { utestaendeBelop: 0 }, "ALLEREDE_BETALT"],
    ["INKASSOVARSEL is still allowed", {}, { status: "INKASSOVARSEL" }, "INNVILGET"],
    ["paid in instalments", {}, { harAvdragsplan: true }, "HAR_AVDRAGSPLAN"],
    ["SENDT_INKASSO when refused after inkasso", {}, { status: "SENDT_INKASSO" }, "SENDT_TIL_INKASSO"],
    ["INKASSO when refused after inkasso", {}, { status: "INKASSO" }, "SENDT_TIL_INKASSO"],
    ["sent to an external party", {}, { sendtTilEkstern: true }, "SENDT_TIL_INKASSO"],
    [
      "SENDT_INKASSO when the municipality allows it",
      { ikkeEtterSendtInkasso: false },
      { status: "SENDT_INKASSO" },
      "INNVILGET",
    ],
    ["the invoicing system decides", { fagsystemBestemmer: true }, {}, "FAGSYSTEM"],
    [
      "the rules refuse before the invoicing system is asked",
      { fagsystemBestemmer: true },
      { antallTidligere: 1 },
      "FOR_MANGE_UTSETTELSER",
    ],
    [
      "paid beats every other reason",
      {},
      { status: "BETALT", antallTidligere: 5, onsketForfallDato: "2027-01-01" },
      "ALLEREDE_BETALT",
    ],
  ])("%s → %s", (_, endring, g, forventet) => {
    const vurdering = vurderUtsettelse(endring === null ? null : { ...policy, ...endring }, { ...grunnlag, ...g });
    expect(vurdering.utfall === "AVSLATT" ? vurdering.kode : vurdering.utfall).toBe(forventet);
  });
});

describe("dagerMellom", () => {
  it("counts calendar days across month ends and the DST change", () => {
    expect(dagerMellom("2026-01-31", "2026-03-01")).toBe(29);
    expect(dagerMellom("2026-03-28", "2026-03-30")).toBe(2);
    expect(dagerMellom("2026-06-20", "2026-06-20")).toBe(0);
  });
});

describe("avslagTekst", () => {
  const koder: AvslagKode[] = [
    "IKKE_TILBUDT",
    "ALLEREDE_BETALT",
    "SENDT_TIL_INKASSO",
    "BELOP_UNDER_MINIMUM",
    "FOR_MANGE_UTSETTELSER",
    "FOR_LANG_UTSETTELSE",
    "AVSLATT_AV_FAGSYSTEM",
  ];

  it("has a distinct text per code in nb, nn and en", () => {
    for (const sprak of ["nb", "nn", "en"] as const) {
      expect(new Set(koder.map((k) => avslagTekst(k, sprak))).size).toBe(koder.length);
    }
    expect(avslagTekst("ALLEREDE_BETALT", "nn")).not.toBe(avslagTekst("ALLEREDE_BETALT", "nb"));
    expect(avslagTekst("ALLEREDE_BETALT", "en")).toBe("The invoice has already been paid.");
  });

  it("falls back to bokmål for Northern Sami", () => {
    expect(avslagTekst("FOR_LANG_UTSETTELSE", "se")).toBe(avslagTekst("FOR_LANG_UTSETTELSE", "nb"));
  });
});
