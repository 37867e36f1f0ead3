import { describe, expect, it } from "vitest";
import { exponentialBackoff } from "./backoff.ts";

describe("exponentialBackoff", () => {
  it("doubles from the base and stops at the cap", () => {
    const backoff = exponentialBackoff(1000, 5000);
    expect([1, 2, 3, 4, 10].map(backoff)).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
