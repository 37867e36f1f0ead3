import { describe, expect, it } from "vitest";
import { DateScalar, DateTimeScalar, UUIDScalar } from "./scalars.ts";

describe("scalars", () => {
  it("serialize real calendar dates only", () => {
    expect(DateScalar.serialize("2026-02-28")).toBe("2026-02-28");
    expect(() => DateScalar.serialize("2026-02-30")).toThrow();
  });

  it("serialize UUIDs only", () => {
    expect(UUIDScalar.serialize("0a9e0000-0000-4000-8000-030100000001")).toBe("0a9e0000-0000-4000-8000-030100000001");
    expect(() => UUIDScalar.serialize("0a9e0000")).toThrow();
  });

  it("serialize instants as ISO 8601 in UTC", () => {
    expect(DateTimeScalar.serialize(new Date("2026-06-01T10:00:00+02:00"))).toBe("2026-06-01T08:00:00.000Z");
    expect(() => DateTimeScalar.serialize("i går")).toThrow();
  });

  it("take any string as input, leaving its form to the resolver, and refuse other kinds without quoting them", () => {
    expect(DateScalar.parseValue("2026-02-30")).toBe("2026-02-30");
    expect(() => UUIDScalar.parseValue(12858510048)).toThrow(/^UUID må være en tekst$/);
  });
});
