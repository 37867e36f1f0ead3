import { describe, expect, it } from "vitest";
import { isKalenderdato, osloDato } from "./dato.ts";

describe("osloDato", () => {
  it("is the next day in Oslo shortly before midnight UTC in summer (UTC+2)", () => {
    expect(osloDato(new Date("2026-06-14T21:59:59Z"))).toBe("2026-06-14");
    expect(osloDato(new Date("2026-06-14T22:00:00Z"))).toBe("2026-06-15");
  });

  it("follows winter time (UTC+1)", () => {
    expect(osloDato(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(osloDato(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});

describe("isKalenderdato", () => {
  it.each(["2026-02-28", "2028-02-29", "2026-12-31"])("accepts %s", (d) => expect(isKalenderdato(d)).toBe(true));

  it.each(["2026-02-29", "2026-02-30", "2026-13-01", "2026-2-1", "20260101", "", 20260101])("rejects %s", (d) =>
    expect(isKalenderdato(d)).toBe(false),
  );
});
