import { describe, expect, it } from "vitest";
import { erApen, erFullfort } from "./fullfort.ts";

describe("erFullfort", () => {
  it("ANY is done as soon as one recipient is done", () => {
    expect(erFullfort({ utfortKriterie: "ANY", antallMottakere: 3, antallFullfort: 0 })).toBe(false);
    expect(erFullfort({ utfortKriterie: "ANY", antallMottakere: 3, antallFullfort: 1 })).toBe(true);
    expect(erFullfort({ utfortKriterie: "ANY", antallMottakere: 3, antallFullfort: 3 })).toBe(true);
  });

  it("ALL is done only when every recipient is done", () => {
    expect(erFullfort({ utfortKriterie: "ALL", antallMottakere: 3, antallFullfort: 0 })).toBe(false);
    expect(erFullfort({ utfortKriterie: "ALL", antallMottakere: 3, antallFullfort: 2 })).toBe(false);
    expect(erFullfort({ utfortKriterie: "ALL", antallMottakere: 3, antallFullfort: 3 })).toBe(true);
  });

  it("treats one recipient alike under both rules", () => {
    for (const utfortKriterie of ["ANY", "ALL"] as const) {
      expect(erFullfort({ utfortKriterie, antallMottakere: 1, antallFullfort: 0 })).toBe(false);
      expect(erFullfort({ utfortKriterie, antallMottakere: 1, antallFullfort: 1 })).toBe(true);
    }
  });
});

describe("erApen", () => {
  it("is open while the citizen's own part is NY and the whole is not done", () => {
    expect(erApen("NY", { utfortKriterie: "ALL", antallMottakere: 2, antallFullfort: 1 })).toBe(true);
  });

  it("is closed once the citizen is done, even if others under ALL are not", () => {
    expect(erApen("FULLFORT", { utfortKriterie: "ALL", antallMottakere: 2, antallFullfort: 1 })).toBe(false);
  });

  it("is closed under ANY when another recipient has done it", () => {
    expect(erApen("NY", { utfortKriterie: "ANY", antallMottakere: 2, antallFullfort: 1 })).toBe(false);
  });
});
