import { INGRID, KARI, OLA } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { GRENSER, validerOpprettOppgave } from "./opprett-oppgave.ts";

const gyldig = {
  tittel: "Gi samtykke til deling av skoledata",
  beskrivelse: "Skolen ber om samtykke til å dele karakterer med kulturskolen.",
  handling: "Gi samtykke",
  url: "https://www.oslo.kommune.no/skole/samtykke",
  frist: "2026-12-01",
  utfortKriterie: "ALL",
  mottakere: { personIdList: [KARI.pid, OLA.pid] },
};

function feilfelt(endring: Record<string, unknown>) {
  const result = validerOpprettOppgave({ ...gyldig, ...endring });
  if (result.ok) throw new Error("expected a validation failure");
  return result;
}

describe("validerOpprettOppgave", () => {
  it("accepts a valid request and fills in the defaults", () => {
    const result = validerOpprettOppgave(gyldig);
    expect(result).toEqual({
      ok: true,
      oppgave: {
        ...gyldig,
        sprak: null,
        metadata: null,
        varsling: { purringIntervallDager: 0 },
      },
    });
  });

  it("trims texts and removes duplicate recipients, keeping the first order", () => {
    const result = validerOpprettOppgave({
      ...gyldig,
      tittel: "  Bekreft plass i SFO ",
      frist: null,
      mottakere: { personIdList: [OLA.pid, KARI.pid, ` ${OLA.pid}`, INGRID.pid, KARI.pid] },
    });
    expect(result.ok && result.oppgave.tittel).toBe("Bekreft plass i SFO");
    expect(result.ok && result.oppgave.frist).toBeNull();
    expect(result.ok && result.oppgave.mottakere.personIdList).toEqual([OLA.pid, KARI.pid, INGRID.pid]);
  });

  it("names the offending recipient by index and never quotes the number", () => {
    const ugyldig = "12858510049"; // Kari's number with a wrong control digit
    const result = feilfelt({ mottakere: { personIdList: [KARI.pid, OLA.pid, INGRID.pid, ugyldig] } });
    expect(result.felt).toBe("oppgave.mottakere.personIdList[3]");
    expect(result.melding).not.toContain(ugyldig);
    expect(result.melding).not.toContain(ugyldig.slice(0, 6));
  });

  it("requires 1 to 10 000 recipients", () => {
    expect(feilfelt({ mottakere: { personIdList: [] } }).felt).toBe("oppgave.mottakere.personIdList");
    const forMange = Array.from({ length: GRENSER.mottakere + 1 }, () => KARI.pid);
    expect(feilfelt({ mottakere: { personIdList: forMange } }).felt).toBe("oppgave.mottakere.personIdList");
    const akkuratNok = Array.from({ length: GRENSER.mottakere }, () => KARI.pid);
    expect(validerOpprettOppgave({ ...gyldig, mottakere: { personIdList: akkuratNok } }).ok).toBe(true);
  });

  it("rejects empty and overlong texts, naming the field", () => {
    expect(feilfelt({ tittel: "   " }).felt).toBe("oppgave.tittel");
    expect(feilfelt({ tittel: "x".repeat(GRENSER.tittel + 1) }).felt).toBe("oppgave.tittel");
    expect(feilfelt({ handling: "" }).felt).toBe("oppgave.handling");
    expect(feilfelt({ handling: "x".repeat(GRENSER.handling + 1) }).felt).toBe("oppgave.handling");
    expect(feilfelt({ beskrivelse: "\n\t" }).felt).toBe("oppgave.beskrivelse");
    expect(feilfelt({ beskrivelse: "x".repeat(GRENSER.beskrivelse + 1) }).felt).toBe("oppgave.beskrivelse");
    expect(feilfelt({ metadata: "x".repeat(GRENSER.metadata + 1) }).felt).toBe("oppgave.metadata");
    expect(validerOpprettOppgave({ ...gyldig, tittel: "x".repeat(GRENSER.tittel) }).ok).toBe(true);
  });

  it("rejects urls that are not absolute https", () => {
    for (const url of ["/relativ", "http://www.oslo.kommune.no", "javascript:alert(1)", ""]) {
      expect(feilfelt({ url }).felt).toBe("oppgave.url");
    }
  });

  it("rejects dates that do not exist", () => {
    expect(feilfelt({ frist: "2026-02-30" }).felt).toBe("oppgave.frist");
    expect(feilfelt({ frist: "1. desember" }).felt).toBe("oppgave.frist");
  });

  it("rejects a negative reminder interval and treats null as none", () => {
    expect(feilfelt({ varsling: { purringIntervallDager: -1 } }).felt).toBe("oppgave.varsling.purringIntervallDager");
    const result = validerOpprettOppgave({ ...gyldig, varsling: { purringIntervallDager: null } });
    expect(result.ok && result.oppgave.varsling).toEqual({ purringIntervallDager: 0 });
  });
});
