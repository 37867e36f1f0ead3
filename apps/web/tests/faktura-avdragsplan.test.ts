import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FakturaAvdragsplan } from "../src/components/faktura/faktura-avdragsplan.tsx";
import { FakturaHistorikk } from "../src/components/faktura/faktura-historikk.tsx";
import type { FakturaDetalj } from "../src/components/faktura/faktura-view.tsx";
import { FakturaItem, type FakturaNode } from "../src/components/fakturaer/faktura-item.tsx";
import { FakturaTotaler } from "../src/components/fakturaer/faktura-totaler.tsx";
import { translator } from "../src/i18n/t.ts";

const t = translator("nb");
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element).replace(/[\u00a0\u202f]/g, " ");

const PLAN: FakturaDetalj["avdragsplan"] = [
  { forfallDato: "2026-07-20", belop: 206_275, innbetaltBelop: 206_275, status: "BETALT" },
  { forfallDato: "2026-08-20", belop: 206_275, innbetaltBelop: 100_000, status: "DELVIS_BETALT" },
];

describe("FakturaAvdragsplan", () => {
  it("shows a running plan as a table with headers, each instalment's date, amounts and status in words", () => {
    const faktura = { forfallDato: "2026-07-20", avdragsplanStatus: "AKTIV", avdragsplan: PLAN } as FakturaDetalj;
    const markup = html(createElement(FakturaAvdragsplan, { faktura, locale: "nb", t }));
    expect(markup).toContain("<caption");
    expect(markup).toContain('<th scope="col">Innbetalt</th>');
    expect(markup).toContain('<th scope="row">2. avdrag</th>');
    expect(markup).toContain('<time dateTime="2026-08-20">20. august 2026</time>');
    expect(markup).toContain("<td>1 000,00 kr</td><td>Delvis betalt</td>");
    expect(markup).toContain("<dt>Status for planen</dt><dd>Aktiv</dd>");
  });

  it("says a cancelled plan was stopped and which due date applies again; nothing without a plan", () => {
    const kansellert = {
      forfallDato: "2026-07-20",
      avdragsplanStatus: "KANSELLERT",
      avdragsplan: null,
    } as FakturaDetalj;
    const markup = html(createElement(FakturaAvdragsplan, { faktura: kansellert, locale: "nb", t }));
    expect(markup).toContain("<dd>Stoppet av kommunen</dd>");
    expect(markup).toContain("Fakturaen har igjen forfallsdato 20. juli 2026.");
    expect(markup).not.toContain("<table");
    const utenPlan = { ...kansellert, avdragsplanStatus: null } as FakturaDetalj;
    expect(html(createElement(FakturaAvdragsplan, { faktura: utenPlan, locale: "nb", t }))).toBe("");
  });
});

describe("FakturaHistorikk", () => {
  it("shows the municipality's reason beside a cancelled plan", () => {
    const historikk: FakturaDetalj["historikk"] = [
      {
        type: "AVDRAG_KANSELLERT",
        tidspunkt: "2026-09-01T08:00:00Z",
        belop: null,
        forfallDato: "2026-07-20",
        status: "IKKE_BETALT",
        arsak: "Avdraget for august er ikke betalt",
      },
    ];
    const markup = html(createElement(FakturaHistorikk, { historikk, locale: "nb", t }));
    expect(markup).toContain("Avdragsplanen er stoppet av kommunen");
    expect(markup).toContain("Begrunnelse: Avdraget for august er ikke betalt");
  });
});

describe("FakturaItem", () => {
  it("under an avdrag plan is not overdue while the service says so, and shows both due dates", () => {
    const faktura = {
      id: "fa000000-0000-4000-8000-000000001004",
      tittel: "Kommunale avgifter 3. termin 2026",
      forfallDato: "2026-07-20",
      effektivForfallDato: "2026-12-20",
      forfalt: false,
      status: "IKKE_BETALT",
      totalbelop: 412_550,
      utestaendeBelop: 206_275,
      kanBetales: true,
      kommune: { fiksOrgId: "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301", navn: "Oslo kommune" },
    } as FakturaNode;
    const markup = html(createElement(FakturaItem, { faktura, locale: "nb", t }));
    expect(markup).toContain("<dt>Forfall etter avdragsplan</dt><dd>20. desember 2026</dd>");
    expect(markup).toContain("<dt>Opprinnelig forfallsdato</dt><dd>20. juli 2026</dd>");
    expect(markup).not.toContain("Forfalt");
    const forfalt = html(createElement(FakturaItem, { faktura: { ...faktura, forfalt: true }, locale: "nb", t }));
    expect(forfalt).toContain(">Forfalt<");
    expect(forfalt).toContain('<dd class="app-overdue">20. desember 2026</dd>');
  });
});

describe("FakturaTotaler", () => {
  it("says 'mer enn' when the sum owed is capped", () => {
    const oversikt = {
      sumUtestaende: 1_000_000_000_000_000,
      sumUtestaendeAvgrenset: true,
      antallUbetalte: 101,
      antallForfalte: 0,
    };
    const markup = html(createElement(FakturaTotaler, { oversikt, locale: "nb", t }));
    expect(markup).toContain(">mer enn 10 000 000 000 000,00 kr</dd>");
  });
});
