import { describe, expect, it } from "vitest";
import { HANDLING_VARIABLER, MAKS_VALGTE, parseMeldingHandling } from "./melding-handling.ts";

const A = "d0c5e11a-0000-4000-8000-000000000001";
const B = "d0c5e11a-0000-4000-8000-000000000002";

function form(handling: string | null, ...ids: string[]) {
  const data = new FormData();
  if (handling !== null) data.set("handling", handling);
  for (const id of ids) data.append("meldingId", id);
  return data;
}

describe("parseMeldingHandling", () => {
  it("reads the checked letters, once each, and the action", () => {
    expect(parseMeldingHandling(form("arkiver", A, B, A))).toEqual({ meldingIder: [A, B], handling: "arkiver" });
    expect(parseMeldingHandling(form("ulest", A))).toEqual({ meldingIder: [A], handling: "ulest" });
  });

  it("says so when nothing is checked", () => {
    expect(parseMeldingHandling(form("lest"))).toBe("ingenValgt");
  });

  it("refuses unknown actions, non-ids (like a fødselsnummer) and more than Innsyn takes at once", () => {
    expect(parseMeldingHandling(form("slett", A))).toBeNull();
    expect(parseMeldingHandling(form(null, A))).toBeNull();
    expect(parseMeldingHandling(form("lest", "12858510048"))).toBeNull();
    const many = Array.from(
      { length: MAKS_VALGTE + 1 },
      (_, i) => `d0c5e11a-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    expect(parseMeldingHandling(form("lest", ...many))).toBeNull();
  });
});

describe("HANDLING_VARIABLER", () => {
  it("changes either read state or archive state", () => {
    expect(HANDLING_VARIABLER.arkiver).toEqual({ arkivert: true });
    expect(HANDLING_VARIABLER.gjenopprett).toEqual({ arkivert: false });
    expect(HANDLING_VARIABLER.lest).toEqual({ lest: true });
    expect(HANDLING_VARIABLER.ulest).toEqual({ lest: false });
  });
});
