import { describe, expect, it } from "vitest";
import { osloMidnatt } from "./oslo-tid.ts";

describe("osloMidnatt", () => {
  it("is 23:00 UTC the day before in winter and 22:00 in summer", () => {
    expect(osloMidnatt("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(osloMidnatt("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});
