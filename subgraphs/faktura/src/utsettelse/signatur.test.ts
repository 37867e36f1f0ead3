import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { erGyldigSignatur, SIGNATUR_HEADER, signerteHeadere, TIDSPUNKT_HEADER } from "./signatur.ts";

describe("signerteHeadere", () => {
  const body = JSON.stringify({ id: "x", onsketForfallDato: "2026-07-01" });
  const headere = signerteHeadere("hemmelig", body, new Date("2026-06-15T10:00:00Z"));

  it("signs '<unix seconds>.<body>' with HMAC-SHA256", () => {
    expect(headere[TIDSPUNKT_HEADER]).toBe("1781517600");
    const hex = createHmac("sha256", "hemmelig").update(`1781517600.${body}`).digest("hex");
    expect(headere[SIGNATUR_HEADER]).toBe(`sha256=${hex}`);
  });

  it("verifies only the same secret, timestamp and body", () => {
    const tidspunkt = headere[TIDSPUNKT_HEADER] ?? "";
    const sig = headere[SIGNATUR_HEADER] ?? "";
    expect(erGyldigSignatur("hemmelig", tidspunkt, body, sig)).toBe(true);
    expect(erGyldigSignatur("annen", tidspunkt, body, sig)).toBe(false);
    expect(erGyldigSignatur("hemmelig", "1781517601", body, sig)).toBe(false);
    expect(erGyldigSignatur("hemmelig", tidspunkt, `${body} `, sig)).toBe(false);
    expect(erGyldigSignatur("hemmelig", tidspunkt, body, "sha256=00")).toBe(false);
  });
});
