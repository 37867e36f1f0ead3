import { minimalPdf } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { grunntype, sniffType } from "./innholdstype.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("sniffType", () => {
  it.each([
    ["a PDF", minimalPdf(["Hei"]), "application/pdf"],
    ["a PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), "image/png"],
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), "image/jpeg"],
    ["Norwegian text", new TextEncoder().encode("Søknad om byggetillatelse\r\n\tside 2"), "text/plain"],
  ])("recognises %s", (_name, innhold, type) => {
    expect(sniffType(innhold)).toBe(type);
  });

  it.each([
    ["nothing", bytes()],
    ["a ZIP", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0)],
    ["text with a NUL byte", bytes(0x68, 0x65, 0x00, 0x69)],
    ["invalid UTF-8", bytes(0x68, 0xc3, 0x28)],
    ["a PDF signature cut short", bytes(0x25, 0x50, 0x44, 0x46, 0x00)],
  ])("refuses %s", (_name, innhold) => {
    expect(sniffType(innhold)).toBeNull();
  });
});

describe("grunntype", () => {
  it("drops parameters and case", () => {
    expect(grunntype("Text/Plain; charset=UTF-8")).toBe("text/plain");
  });
});
