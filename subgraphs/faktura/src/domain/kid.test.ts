import { describe, expect, it } from "vitest";
import { isValidKid, kidMod10Kontrollsiffer, kidMod11Kontrollsiffer } from "./kid.ts";

describe("kidMod10Kontrollsiffer (Luhn)", () => {
  it.each([
    ["7992739871", "3"],
    ["1234567", "4"],
    ["0", "0"],
    ["12345", "5"],
  ])("%s gets control digit %s", (digits, control) => expect(kidMod10Kontrollsiffer(digits)).toBe(control));
});

describe("kidMod11Kontrollsiffer", () => {
  it.each([
    ["1234567", "4"],
    ["123456", "0"],
    ["12345", "5"],
    ["6", "-"],
    ["2026000101", "-"],
  ])("%s gets control digit %s", (digits, control) => expect(kidMod11Kontrollsiffer(digits)).toBe(control));

  it("refuses anything but digits", () => expect(() => kidMod11Kontrollsiffer("12a")).toThrow(RangeError));
});

describe("isValidKid", () => {
  it.each([
    ["79927398713", "mod-10"],
    ["12345674", "mod-10"],
    ["1234560", "mod-11 only (Luhn would give 6)"],
    ["2026000101-", "mod-11 with control 10 written as -"],
    ["6-", "the shortest KID, mod-11 with -"],
    ["00", "two zeros"],
    [`${"1".repeat(24)}${kidMod10Kontrollsiffer("1".repeat(24))}`, "25 characters"],
  ])("accepts %s (%s)", (kid) => expect(isValidKid(kid)).toBe(true));

  it.each([
    ["79927398710", "wrong control digit for both algorithms"],
    ["5", "a single character"],
    [`${"1".repeat(25)}${kidMod10Kontrollsiffer("1".repeat(25))}`, "26 characters"],
    ["123-5", "a dash before the last place"],
    ["12345-", "a dash where mod-11 gives another digit"],
    ["1234 5674", "a space"],
    ["", "empty"],
  ])("rejects %s (%s)", (kid) => expect(isValidKid(kid)).toBe(false));

  it('accepts the Luhn digit and the mod-11 "-" for the same body, and nothing else there', () => {
    const body = "2026000101";
    const valid = [..."0123456789-"].filter((control) => isValidKid(`${body}${control}`));
    expect(valid).toEqual(["9", "-"]);
  });
});
