import { describe, expect, it } from "vitest";
import { formatDato, formatKroner, formatTidspunkt, formatTidspunktDato } from "./format.ts";

// Intl separates digit groups and the currency with no-break spaces; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatKroner", () => {
  it("formats øre the Norwegian way", () => {
    expect(plain(formatKroner(123_450, "nb"))).toBe("1 234,50 kr");
    expect(plain(formatKroner(123_450, "nn"))).toBe("1 234,50 kr");
    expect(plain(formatKroner(0, "nb"))).toBe("0,00 kr");
    expect(plain(formatKroner(100_000_000, "nb"))).toBe("1 000 000,00 kr");
  });

  it("formats for English readers", () => {
    expect(plain(formatKroner(123_450, "en"))).toBe("NOK 1,234.50");
  });
});

describe("formatDato", () => {
  it("writes a calendar date in words", () => {
    expect(formatDato("2026-12-24", "nb")).toBe("24. desember 2026");
    expect(formatDato("2026-01-01", "nn")).toBe("1. januar 2026");
    expect(formatDato("2026-12-24", "en")).toBe("24 December 2026");
  });

  it("returns anything that is not a date unchanged", () => {
    expect(formatDato("snart", "nb")).toBe("snart");
  });
});

describe("formatTidspunktDato", () => {
  it("uses the Norwegian day, not the UTC day", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(formatTidspunktDato("2025-12-31T23:30:00Z", "nb")).toBe("1. januar 2026");
  });
});

describe("formatTidspunkt", () => {
  it("gives date and clock time in Norwegian time", () => {
    expect(formatTidspunkt("2026-12-24T13:30:00Z", "nb")).toBe("24. desember 2026 kl. 14:30");
    expect(formatTidspunkt("2026-06-24T13:30:00Z", "nn")).toBe("24. juni 2026 kl. 15:30");
    expect(formatTidspunkt("2026-12-24T13:30:00Z", "en")).toBe("24 December 2026 at 14:30");
  });
});
