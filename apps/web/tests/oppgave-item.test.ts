import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OppgaveItem, type OppgaveNode } from "../src/components/oppgaver/oppgave-item.tsx";
import { translator } from "../src/i18n/t.ts";

const TODAY = "2026-12-01";

const base: OppgaveNode = {
  id: "0b8a6c1e-0000-4000-8000-000000000001",
  tittel: "Bekreft plass i SFO",
  beskrivelse: "Bekreft plassen.",
  handling: "Bekreft plass",
  url: "https://www.oslo.kommune.no/aks/",
  frist: "2026-12-08",
  status: "NY",
  fullfort: false,
  fullfortTidspunkt: null,
  fullfortAvAnnenMottaker: null,
  utfortKriterie: "ANY",
  kommune: { fiksOrgId: "k1", navn: "Oslo kommune" },
};

function render(oppgave: Partial<OppgaveNode>, locale: "nb" | "nn" | "en" = "nb"): string {
  const props = { oppgave: { ...base, ...oppgave }, today: TODAY, locale, t: translator(locale) };
  return renderToStaticMarkup(createElement(OppgaveItem, props)).replace(/[\u00a0\u202f]/g, " ");
}

describe("OppgaveItem", () => {
  it("shows an open task's deadline, own status and the fagsystem's button", () => {
    const html = render({});
    expect(html).toContain("Frist: 8. desember 2026");
    expect(html).toContain("Din status: ikke fullført");
    expect(html).toContain('href="https://www.oslo.kommune.no/aks/"');
    expect(html).toContain(">Bekreft plass</a>");
    expect(html).not.toContain("Fristen er ute");
  });

  it("says in words that an open task is overdue, not by colour alone", () => {
    const html = render({ frist: "2026-11-26" });
    expect(html).toContain("Fristen er ute");
    expect(html).toContain("Fristen gikk ut 26. november 2026");
  });

  it("marks a shared task done by another recipient, with when, and offers no action", () => {
    const html = render({ fullfort: true, fullfortAvAnnenMottaker: "2026-11-30T13:05:00Z", frist: "2026-11-26" });
    expect(html).toContain("Fullført av en annen mottaker");
    expect(html).toContain("En annen mottaker fullførte oppgaven 30. november 2026 kl. 14:05.");
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("Fristen er ute");
    expect(render({ fullfort: true, fullfortAvAnnenMottaker: "2026-11-30T13:05:00Z" }, "en")).toContain(
      "Another recipient completed the task on 30 November 2026 at 14:05.",
    );
  });

  it("keeps a task that needs everyone open after the citizen's part, without a button", () => {
    const html = render({ status: "FULLFORT", fullfort: false });
    expect(html).toContain("Din status: fullført");
    expect(html).toContain("Du har gjort din del.");
    expect(html).not.toContain("<a ");
  });

  it("does not turn a non-http link from a fagsystem into a button", () => {
    expect(render({ url: "javascript:alert(1)" })).not.toContain("javascript:");
  });
});
