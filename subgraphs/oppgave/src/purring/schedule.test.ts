import { describe, expect, it } from "vitest";
import { nesteRunde, rundeForfaller } from "./schedule.ts";

const created = new Date("2026-03-02T08:00:00.000Z");

describe("reminder schedule", () => {
  it("puts round k at k intervals after creation", () => {
    expect(rundeForfaller(created, 7, 1).toISOString()).toBe("2026-03-09T08:00:00.000Z");
    expect(rundeForfaller(created, 7, 3).toISOString()).toBe("2026-03-23T08:00:00.000Z");
  });

  it("schedules the following round after one that ran on time", () => {
    expect(nesteRunde(created, 7, 1, rundeForfaller(created, 7, 1))).toBe(2);
  });

  it("skips rounds whose time passed while no worker ran", () => {
    const late = new Date(rundeForfaller(created, 7, 4).getTime() + 1000);
    expect(nesteRunde(created, 7, 1, late)).toBe(5);
  });
});
