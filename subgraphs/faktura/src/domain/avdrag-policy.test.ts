import { describe, expect, it } from "vitest";
import { type AvdragGrunnlag, type AvdragPolicy, vurderAvdrag } from "./avdrag-policy.ts";

const policy: AvdragPolicy = {
  avdragTillatt: true,
  maksAntallAvdrag: 6,
  minimumAvdragBelop: 50_000,
  ikkeEtterSendtInkasso: true,
  fagsystemBestemmer: false,
};

const grunnlag: AvdragGrunnlag = {
  status: "IKKE_BETALT",
  utestaendeBelop: 300_000,
  sendtTilEkstern: false,
  antallAvdrag: 3,
  minsteAvdrag: 100_000,
  harPlan: false,
  planKansellert: false,
};

describe("vurderAvdrag: the policy truth table", () => {
  it.each<[string, AvdragPolicy | null, Partial<AvdragGrunnlag>, ReturnType<typeof vurderAvdrag>]>([
    ["no policy", null, {}, { utfall: "AVSLATT", kode: "AVDRAG_IKKE_TILBUDT" }],
    ["avdrag not offered", { ...policy, avdragTillatt: false }, {}, { utfall: "AVSLATT", kode: "AVDRAG_IKKE_TILBUDT" }],
    ["paid", policy, { status: "BETALT" }, { utfall: "AVSLATT", kode: "ALLEREDE_BETALT" }],
    ["nothing owed", policy, { utestaendeBelop: 0 }, { utfall: "AVSLATT", kode: "ALLEREDE_BETALT" }],
    ["sent to inkasso", policy, { status: "SENDT_INKASSO" }, { utfall: "AVSLATT", kode: "SENDT_TIL_INKASSO" }],
    ["external party", policy, { sendtTilEkstern: true }, { utfall: "AVSLATT", kode: "SENDT_TIL_INKASSO" }],
    ["inkasso allowed", { ...policy, ikkeEtterSendtInkasso: false }, { status: "INKASSO" }, { utfall: "INNVILGET" }],
    ["already a plan", policy, { harPlan: true }, { utfall: "AVSLATT", kode: "HAR_AVDRAGSPLAN" }],
    [
      "a plan the invoicing system cancelled",
      policy,
      { harPlan: true, planKansellert: true },
      { utfall: "AVSLATT", kode: "AVDRAGSPLAN_KANSELLERT" },
    ],
    [
      "cancelled, but paid since",
      policy,
      { planKansellert: true, status: "BETALT" },
      { utfall: "AVSLATT", kode: "ALLEREDE_BETALT" },
    ],
    ["too many instalments", policy, { antallAvdrag: 7 }, { utfall: "AVSLATT", kode: "FOR_MANGE_AVDRAG" }],
    ["exactly the most", policy, { antallAvdrag: 6, minsteAvdrag: 50_000 }, { utfall: "INNVILGET" }],
    ["instalment too small", policy, { minsteAvdrag: 49_999 }, { utfall: "AVSLATT", kode: "AVDRAG_UNDER_MINIMUM" }],
    ["within the rules", policy, {}, { utfall: "INNVILGET" }],
    ["the invoicing system decides", { ...policy, fagsystemBestemmer: true }, {}, { utfall: "FAGSYSTEM" }],
  ])("%s", (_navn, p, endring, forventet) => {
    expect(vurderAvdrag(p, { ...grunnlag, ...endring })).toEqual(forventet);
  });
});
