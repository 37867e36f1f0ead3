import { describe, expect, it } from "vitest";
import { isValidKontonummer, kontonummerKontrollsiffer } from "./kontonummer.ts";

describe("isValidKontonummer", () => {
  it.each(["15032718407", "42001122333", "86011234560", "70581234501"])("accepts %s", (nr) =>
    expect(isValidKontonummer(nr)).toBe(true),
  );

  it.each([
    ["15032718408", "wrong control digit"],
    ["1503271840", "ten digits"],
    ["150327184077", "twelve digits"],
    ["1503.27.18407", "separators"],
    ["1503271840a", "a letter"],
    ["", "empty"],
  ])("rejects %s (%s)", (nr) => expect(isValidKontonummer(nr)).toBe(false));

  it("rejects every number whose control sum leaves remainder 1 (control 10 is never issued)", () => {
    expect(kontonummerKontrollsiffer("1254056789")).toBeNull();
    for (let digit = 0; digit <= 9; digit++) expect(isValidKontonummer(`1254056789${digit}`)).toBe(false);
  });

  it("gives control digit 0 when the sum is divisible by 11", () => {
    expect(kontonummerKontrollsiffer("8601123456")).toBe(0);
  });
});
