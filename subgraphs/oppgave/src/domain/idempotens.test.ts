import { KARI, OLA } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { erGyldigNokkel, foresporselHash, MAX_NOKKEL_LENGDE } from "./idempotens.ts";
import type { GyldigOppgave } from "./opprett-oppgave.ts";

const oppgave: GyldigOppgave = {
  tittel: "Gi samtykke",
  beskrivelse: "Skolen ber om samtykke.",
  handling: "Gi samtykke",
  url: "https://www.oslo.kommune.no/",
  frist: "2026-09-01",
  utfortKriterie: "ALL",
  sprak: "nb",
  metadata: null,
  mottakere: { personIdList: [KARI.pid, OLA.pid] },
  varsling: { purringIntervallDager: 0 },
};

describe("erGyldigNokkel", () => {
  it("accepts 1 to 200 printable ASCII characters", () => {
    for (const nokkel of ["a", "5f1c2a4e-0000-4000-8000-000000000001", "sak 2026/1234: forsok 2"]) {
      expect(erGyldigNokkel(nokkel), nokkel).toBe(true);
    }
    expect(erGyldigNokkel("x".repeat(MAX_NOKKEL_LENGDE))).toBe(true);
  });

  it("refuses empty, overlong, padded and non-printable keys", () => {
    for (const nokkel of [
      "",
      " ",
      " a",
      "a ",
      "x".repeat(MAX_NOKKEL_LENGDE + 1),
      "a\nb",
      "a\tb",
      "nøkkel",
      "a\u0000",
    ]) {
      expect(erGyldigNokkel(nokkel), JSON.stringify(nokkel)).toBe(false);
    }
  });
});

describe("foresporselHash", () => {
  it("is the same for the same oppgave whatever the key order and recipient order", () => {
    const omstokket = Object.fromEntries(Object.entries(oppgave).reverse()) as GyldigOppgave;
    omstokket.mottakere = { personIdList: [OLA.pid, KARI.pid] };
    expect(Object.keys(omstokket)[0]).toBe("varsling");
    expect(foresporselHash(omstokket)).toBe(foresporselHash(oppgave));
    expect(foresporselHash(oppgave)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("differs when anything stored differs", () => {
    const base = foresporselHash(oppgave);
    expect(foresporselHash({ ...oppgave, tittel: "Annen tittel" })).not.toBe(base);
    expect(foresporselHash({ ...oppgave, frist: null })).not.toBe(base);
    expect(foresporselHash({ ...oppgave, mottakere: { personIdList: [KARI.pid] } })).not.toBe(base);
    expect(foresporselHash({ ...oppgave, varsling: { purringIntervallDager: 3 } })).not.toBe(base);
  });
});
