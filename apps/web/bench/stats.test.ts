import { describe, expect, it } from "vitest";
import { percentile, summarise } from "./stats.ts";

describe("percentile", () => {
  it("takes the nearest rank, whatever the input order", () => {
    const samples = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(100);
    expect(percentile(samples, 90)).toBe(90);
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 100)).toBe(100);
  });

  it("is NaN without samples", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarise", () => {
  it("reports p50, p95, max and throughput over the wall time", () => {
    const durations = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarise(durations, 2_000)).toEqual({ requests: 20, p50: 10, p95: 19, max: 20, perSecond: 10 });
  });
});
