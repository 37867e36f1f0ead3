import { describe, expect, it } from "vitest";
import { erHttpsUrl } from "./https-url.ts";

describe("erHttpsUrl", () => {
  it.each(["https://kommune.no/faktura/1.pdf", "https://inkasso.example/sak?id=7"])("accepts %s", (url) => {
    expect(erHttpsUrl(url)).toBe(true);
  });

  it.each([
    "http://kommune.no/faktura.pdf",
    "https:kommune.no",
    "https://user:pw@kommune.no/",
    "javascript:alert(1)",
    "/relative",
    `https://kommune.no/${"a".repeat(2000)}`,
  ])("refuses %s", (url) => {
    expect(erHttpsUrl(url)).toBe(false);
  });
});
