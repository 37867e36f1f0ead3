import { describe, expect, it } from "vitest";
import { isValidPersonId, maskPersonId, maskPersonIds } from "./person-id.ts";

describe("isValidPersonId", () => {
  it.each(["31129956715", "23079410918", "23079421936", "47906701517", "01010112377"])(
    "accepts the known valid number %s",
    (id) => expect(isValidPersonId(id)).toBe(true),
  );

  it.each([
    ["28422155364", "second control digit would be 10"],
    ["12345678910", "fails mod-11"],
    ["3112995671", "ten digits"],
    ["311299567150", "twelve digits"],
    ["3112995671a", "not all digits"],
    ["31139956715", "month 13"],
  ])("rejects %s (%s)", (id) => expect(isValidPersonId(id)).toBe(false));

  it("accepts a first control sum remainder of 1–3 (the rule from 2032) but not 4", () => {
    // Build numbers whose first control sum leaves remainder r and whose second sum is valid.
    const base = [0, 1, 0, 1, 3, 2, 1, 2, 3];
    const results = new Map<number, boolean>();
    for (let k1 = 0; k1 <= 9; k1++) {
      const first = [...base, k1];
      const r1 = first.reduce((s, d, i) => s + d * ([3, 7, 6, 1, 8, 9, 4, 5, 2, 1][i] ?? 0), 0) % 11;
      const s2 = first.reduce((s, d, i) => s + d * ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i] ?? 0), 0);
      const k2 = (11 - (s2 % 11)) % 11;
      if (k2 === 10) continue;
      results.set(r1, isValidPersonId([...first, k2].join("")));
    }
    for (const [remainder, valid] of results) expect(valid).toBe(remainder <= 3);
    expect(results.size).toBeGreaterThan(4);
  });

  it("accepts synthetic numbers (month + 80) and D-nummer (day + 40)", () => {
    expect(isValidPersonId("12858510048")).toBe(true);
    expect(isValidPersonId("44828210006")).toBe(true);
    expect(isValidPersonId("12858510049")).toBe(false);
  });
});

describe("maskPersonId", () => {
  it("keeps only the birth date", () => expect(maskPersonId("31129956715")).toBe("311299*****"));
});

describe("maskPersonIds", () => {
  it("masks every eleven-digit number in a text, wherever it stands", () => {
    expect(maskPersonIds("String cannot represent a non string value: 12858510048")).toBe(
      "String cannot represent a non string value: 128585*****",
    );
    expect(maskPersonIds("[12858510048,02927810150]")).toBe("[128585*****,029278*****]");
  });

  it("leaves shorter and longer numbers alone", () => {
    expect(maskPersonIds("personIdList[3] og 123456789012 og 2026")).toBe("personIdList[3] og 123456789012 og 2026");
  });
});
