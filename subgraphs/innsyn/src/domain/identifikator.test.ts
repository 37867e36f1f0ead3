import { describe, expect, it } from "vitest";
import { identifikatorFeil, isValidMatrikkelnummer, isValidOrgnr } from "./identifikator.ts";

describe("organisasjonsnummer", () => {
  it.each(["974760673", "942110464", "310000019"])("accepts %s", (orgnr) => expect(isValidOrgnr(orgnr)).toBe(true));
  it.each(["974760674", "97476067", "9747606730", "abcdefghi"])("rejects %s", (orgnr) =>
    expect(isValidOrgnr(orgnr)).toBe(false),
  );
});

describe("matrikkelnummer", () => {
  it.each(["5001-402/17/0/0", "0301-1/2/3/4"])("accepts %s", (m) => expect(isValidMatrikkelnummer(m)).toBe(true));
  it.each(["5001-402/17/0", "501-402/17/0/0", "5001-0/17/0/0", "5001 402/17/0/0"])("rejects %s", (m) =>
    expect(isValidMatrikkelnummer(m)).toBe(false),
  );
});

describe("identifikatorFeil", () => {
  it("checks fødselsnummer with mod-11 and never repeats the value", () => {
    expect(identifikatorFeil("FODSELSNUMMER", "12858510048")).toBeNull();
    const feil = identifikatorFeil("FODSELSNUMMER", "28422155364");
    expect(feil).toMatch(/fødselsnummer/);
    expect(feil).not.toContain("28422155364");
  });
  it("needs no verdi for OFFENTLIG and a verdi for the others", () => {
    expect(identifikatorFeil("OFFENTLIG", undefined)).toBeNull();
    expect(identifikatorFeil("ORGANISASJONSNUMMER", "")).toBe("verdi mangler");
  });
});
