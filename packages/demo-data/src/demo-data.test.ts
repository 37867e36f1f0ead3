import { isValidPersonId } from "@minkommune/auth";
import { describe, expect, it } from "vitest";
import {
  DEMO_EIENDOMMER,
  DEMO_INTEGRASJONER,
  DEMO_KOMMUNALE_TJENESTER,
  DEMO_KOMMUNER,
  DEMO_PERSONER,
  DEMO_TILGANGER,
  findKommune,
  minimalPdf,
} from "./index.ts";

describe("demo data", () => {
  it("gives each demo municipality services with unique ids, https links to its own site and a favourite", () => {
    const ids = DEMO_KOMMUNALE_TJENESTER.map((t) => t.tjenesteId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kommune of DEMO_KOMMUNER) {
      const tjenester = DEMO_KOMMUNALE_TJENESTER.filter((t) => t.fiksOrgId === kommune.fiksOrgId);
      expect(tjenester.length).toBeGreaterThanOrEqual(3);
      expect(tjenester.some((t) => t.favoritt)).toBe(true);
      const vert = kommune === DEMO_KOMMUNER[0] ? "www.oslo.kommune.no" : "www.trondheim.kommune.no";
      for (const t of tjenester) expect(new URL(t.lenke)).toMatchObject({ protocol: "https:", host: vert });
    }
  });

  it("uses only valid synthetic person ids (month + 80)", () => {
    for (const person of DEMO_PERSONER) {
      expect(isValidPersonId(person.pid)).toBe(true);
      expect(Number(person.pid.slice(2, 4))).toBeGreaterThan(80);
    }
  });

  it("binds every integration to a demo municipality", () => {
    for (const integrasjon of DEMO_INTEGRASJONER) {
      expect(DEMO_KOMMUNER.map((k) => k.fiksOrgId)).toContain(integrasjon.fiksOrgId);
    }
    expect(findKommune("5001")?.navn).toBe("Trondheim kommune");
  });

  it("grants access fixtures only to demo persons, and each property only to demo persons", () => {
    const pids = DEMO_PERSONER.map((p) => p.pid);
    expect(DEMO_TILGANGER.map((t) => t.pid).sort()).toEqual([...pids].sort());
    for (const eiendom of DEMO_EIENDOMMER) {
      expect(eiendom.eiere.length).toBeGreaterThan(0);
      for (const eier of eiendom.eiere) expect(pids).toContain(eier);
    }
  });

  it("builds a PDF whose xref offsets point at its objects", () => {
    const text = new TextDecoder().decode(minimalPdf(["Hei (test)"]));
    expect(text.startsWith("%PDF-1.4")).toBe(true);
    const startxref = Number(text.match(/startxref\n(\d+)/)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const firstOffset = Number(text.match(/0000000000 65535 f \n(\d{10})/)?.[1]);
    expect(text.slice(firstOffset, firstOffset + 7)).toBe("1 0 obj");
  });
});
