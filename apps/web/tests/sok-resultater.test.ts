import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FakturaTreff, OppgaveTreff } from "../src/components/sok/sok-grupper.tsx";
import { type SokResultat, SokResultater } from "../src/components/sok/sok-resultater.tsx";
import type { Sokeresultat } from "../src/components/sok/sok-view.tsx";
import { translator } from "../src/i18n/t.ts";

const meldinger: Sokeresultat = {
  antallTreff: 0,
  treffMedHoyereInnloggingsniva: 0,
  treff: [],
  aggregeringer: { fiksOrganisasjon: [], type: [], arstall: [] },
};

const oppgaver: OppgaveTreff = {
  totalCount: 12,
  nodes: [
    {
      id: "0b8a6c1e-0000-4000-8000-000000000002",
      tittel: "Bekreft plass i SFO",
      handling: "Bekreft plass",
      url: "https://www.oslo.kommune.no/aks/",
      frist: "2026-12-08",
      status: "NY",
      fullfort: false,
      kommune: { navn: "Oslo kommune" },
    },
    {
      id: "0b8a6c1e-0000-4000-8000-000000000003",
      tittel: "Lenke som ikke er http",
      handling: "Gjør noe",
      url: "javascript:alert(1)",
      frist: null,
      status: "NY",
      fullfort: false,
      kommune: { navn: "Oslo kommune" },
    },
  ],
};

const fakturaer: FakturaTreff = {
  totalCount: 1,
  nodes: [
    {
      id: "fa000000-0000-4000-8000-000000001006",
      tittel: "SFO juni 2026",
      forfallDato: "2026-06-15",
      effektivForfallDato: "2026-06-15",
      avdragsplanStatus: null,
      forfalt: true,
      utestaendeBelop: 320_500,
      status: "IKKE_BETALT",
      kommune: { navn: "Oslo kommune" },
    },
  ],
};

function render(resultat: SokResultat): string {
  const props = { sok: { q: "SFO" }, resultat, locale: "nb" as const, t: translator("nb") };
  return renderToStaticMarkup(createElement(SokResultater, props)).replace(/[\u00a0\u202f]/g, " ");
}

describe("SokResultater", () => {
  it("counts every group, links tasks to their action and invoices to their page", () => {
    const html = render({
      meldinger: { status: "ok", data: meldinger },
      oppgaver: { status: "ok", data: oppgaver },
      fakturaer: { status: "ok", data: fakturaer },
    });
    expect(html).toContain("13 treff for «SFO»");
    expect(html).toContain("Oppgaver (12)");
    expect(html).toContain('<a href="https://www.oslo.kommune.no/aks/">Bekreft plass i SFO</a>');
    expect(html).toContain("Viser de 2 første.");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Fakturaer (1)");
    expect(html).toContain('<a href="/fakturaer/fa000000-0000-4000-8000-000000001006">SFO juni 2026</a>');
    expect(html).toContain("Å betale: 3 205,00 kr");
    expect(html).not.toContain("Ingen treff");
  });

  it("says which part is unavailable and still shows the others", () => {
    const html = render({
      meldinger: { status: "ok", data: meldinger },
      oppgaver: { status: "unavailable" },
      fakturaer: { status: "ok", data: fakturaer },
    });
    expect(html).toContain("Vi får ikke søkt i oppgavene dine akkurat nå.");
    expect(html).not.toContain("Vi får ikke søkt i fakturaene");
    expect(html).not.toContain("Vi får ikke søkt i brev og saker");
    expect(html).toContain("1 treff for «SFO»");
    expect(html).toContain("SFO juni 2026");
  });

  it("shows no count when no part answered, only what is unavailable", () => {
    const html = render({
      meldinger: { status: "unavailable" },
      oppgaver: { status: "unavailable" },
      fakturaer: { status: "unavailable" },
    });
    expect(html).not.toContain("treff for");
    expect(html).toContain("Vi får ikke søkt i brev og saker");
    expect(html).toContain("Vi får ikke søkt i oppgavene");
    expect(html).toContain("Vi får ikke søkt i fakturaene");
  });

  it("says there are no hits when every part answered with none", () => {
    const ingen = { totalCount: 0, nodes: [] };
    const html = render({
      meldinger: { status: "ok", data: meldinger },
      oppgaver: { status: "ok", data: ingen },
      fakturaer: { status: "ok", data: ingen },
    });
    expect(html).toContain("0 treff for «SFO»");
    expect(html).toContain("Ingen treff.");
    expect(html).not.toContain("Oppgaver (");
  });
});
