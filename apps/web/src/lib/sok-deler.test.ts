import { describe, expect, it } from "vitest";
import { sokerOgsaOppgaverOgFakturaer, totaltAntall } from "./sok-deler.ts";

const ok = (data: number) => ({ status: "ok" as const, data });
const nede = { status: "unavailable" as const };

describe("totaltAntall", () => {
  it("adds the hits of every part that answered", () => {
    expect(totaltAntall({ meldinger: ok(3), oppgaver: ok(2), fakturaer: ok(1) })).toBe(6);
    expect(totaltAntall({ meldinger: ok(0), oppgaver: ok(0), fakturaer: ok(0) })).toBe(0);
  });

  it("leaves out parts that are down or were not asked", () => {
    expect(totaltAntall({ meldinger: nede, oppgaver: ok(2), fakturaer: ok(4) })).toBe(6);
    expect(totaltAntall({ meldinger: ok(5), oppgaver: undefined, fakturaer: undefined })).toBe(5);
  });

  it("has no count when no part answered", () => {
    expect(totaltAntall({ meldinger: nede, oppgaver: nede, fakturaer: nede })).toBeNull();
  });
});

describe("sokerOgsaOppgaverOgFakturaer", () => {
  it("searches tasks and invoices only when no facet narrows to meldinger", () => {
    expect(sokerOgsaOppgaverOgFakturaer({ q: "vann" })).toBe(true);
    expect(sokerOgsaOppgaverOgFakturaer({ q: "vann", type: "mappe" })).toBe(false);
    expect(sokerOgsaOppgaverOgFakturaer({ q: "vann", ar: 2026 })).toBe(false);
    expect(sokerOgsaOppgaverOgFakturaer({ q: "vann", kommune: "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301" })).toBe(false);
  });
});
