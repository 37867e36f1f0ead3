import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BrevDokumenter } from "../src/components/brev/brev-dokumenter.tsx";
import { Betaling } from "../src/components/faktura/betaling.tsx";
import type { FakturaDetalj } from "../src/components/faktura/faktura-view.tsx";
import { SakTidslinje } from "../src/components/saker/sak-tidslinje.tsx";
import { translator } from "../src/i18n/t.ts";

const t = translator("nb");
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element).replace(/[\u00a0\u202f]/g, " ");

describe("Betaling", () => {
  it("shows account number, KID and amount as plain text before any JavaScript (no copy buttons yet)", () => {
    const faktura = { kontonummer: "15032718407", kid: "30102601041", utestaendeBelop: 412_550 } as FakturaDetalj;
    const markup = html(createElement(Betaling, { faktura, locale: "nb", t }));
    expect(markup).toContain(">15032718407</span>");
    expect(markup).toContain(">30102601041</span>");
    expect(markup).toContain(">4 125,50 kr</span>");
    expect(markup).not.toContain("<button");
  });
});

describe("BrevDokumenter", () => {
  it("links stored documents through the app (open and download) and leaves unsafe links as text", () => {
    const markup = html(
      createElement(BrevDokumenter, {
        dokumenter: [
          {
            tittel: "Vedtak",
            mimeType: "application/pdf",
            size: 2048,
            nedlastingLenke: "/dokumenter/d0c5e11a-0000-4000-9000-000000000001",
          },
          { tittel: "Skadelig", mimeType: "application/pdf", size: null, nedlastingLenke: "javascript:alert(1)" },
        ],
        lenker: [{ url: "javascript:alert(2)", urlTekst: "Klikk her", ledetekst: null }],
        t,
      }),
    );
    expect(markup).toContain('href="/post/dokument/d0c5e11a-0000-4000-9000-000000000001"');
    expect(markup).toContain('href="/post/dokument/d0c5e11a-0000-4000-9000-000000000001?last-ned=1"');
    expect(markup).toContain("PDF · 2 kB");
    expect(markup).not.toContain("javascript:");
    expect(markup).toContain("Klikk her");
  });
});

describe("SakTidslinje", () => {
  it("is an ordered list with machine-readable dates and the kind of each entry in words", () => {
    const markup = html(
      createElement(SakTidslinje, {
        hendelser: [
          {
            type: "milepel",
            tidspunkt: "2026-08-30T08:00:00Z",
            navaerende: true,
            milepel: { navn: "Søknad mottatt", startdato: "2026-08-30T08:00:00Z", sluttdato: null, beskrivelse: null },
          },
          {
            type: "journalpost",
            tidspunkt: "2026-09-10T08:00:00Z",
            journalpost: {
              meldingId: "j1",
              tittel: "Uttalelse",
              journalposttype: "U",
              journaldato: "2026-09-10T08:00:00Z",
              sorteringDato: "2026-09-10T08:00:00Z",
              beskrivelse: null,
              dokumenter: [{ tittel: "Brev", filnavn: "b.pdf", mimeType: "application/pdf", lenke: null }],
            },
          },
        ],
        locale: "nb",
        t,
      }),
    );
    expect(markup).toMatch(/^<ol class="app-timeline"/);
    expect(markup).toContain('<time dateTime="2026-08-30T08:00:00Z">30. august 2026</time>');
    expect(markup).toContain("Her er saken nå");
    expect(markup).toContain("Utgående dokument");
    expect(markup).toContain("<span>Brev</span> (ikke tilgjengelig på nett)");
  });
});
