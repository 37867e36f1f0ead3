import { describe, expect, it } from "vitest";
import { DateScalar, OreScalar, UUIDScalar } from "./scalars.ts";

describe("scalars", () => {
  it("serialize whole øre and refuse fractions", () => {
    expect(OreScalar.serialize(412_550)).toBe(412_550);
    expect(() => OreScalar.serialize(10.5)).toThrow();
    expect(() => OreScalar.serialize("100")).toThrow();
  });

  it("serialize real calendar dates only", () => {
    expect(DateScalar.serialize("2026-02-28")).toBe("2026-02-28");
    expect(() => DateScalar.serialize("2026-02-30")).toThrow();
    expect(() => DateScalar.serialize("2026-2-1")).toThrow();
  });

  it("serialize UUIDs only", () => {
    expect(UUIDScalar.serialize("fa000000-0000-4000-8000-000000001001")).toBe("fa000000-0000-4000-8000-000000001001");
    expect(() => UUIDScalar.serialize("fa000000")).toThrow();
  });
});
