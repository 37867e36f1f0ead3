import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales.ts";
import { MESSAGES } from "./messages.ts";
import { interpolate, placeholders, translator } from "./t.ts";

const reference = MESSAGES.nb;
const referenceKeys = Object.keys(reference).sort();

describe("messages", () => {
  it.each(LOCALES)("%s has exactly the keys of bokmål", (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(referenceKeys);
  });

  it.each(LOCALES)("%s has no empty texts", (locale) => {
    const empty = Object.entries(MESSAGES[locale]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)("%s uses the same placeholders as bokmål in every text", (locale) => {
    const mismatched = referenceKeys.filter((key) => {
      const own = MESSAGES[locale][key as keyof typeof reference];
      return (
        own === undefined || placeholders(own).join() !== placeholders(reference[key as keyof typeof reference]).join()
      );
    });
    expect(mismatched).toEqual([]);
  });
});

describe("t()", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Frist: {dato}", { dato: "24. desember 2026" })).toBe("Frist: 24. desember 2026");
    expect(interpolate("Hei, {navn}!", {})).toBe("Hei, {navn}!");
  });

  it("speaks the chosen language", () => {
    expect(translator("nb")("login.button")).toBe("Logg inn med ID-porten");
    expect(translator("en")("letters.unread", { antall: 3 })).toBe("Unread letters: 3");
  });
});
