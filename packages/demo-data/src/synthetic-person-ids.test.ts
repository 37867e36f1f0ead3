import { isValidPersonId } from "@minkommune/auth";
import { describe, expect, it } from "vitest";
import { synthetiskePersonIder } from "./synthetic-person-ids.ts";

describe("synthetiskePersonIder", () => {
  it("makes 10,000 distinct valid synthetic ids", () => {
    const ider = synthetiskePersonIder(10_000);
    expect(new Set(ider).size).toBe(10_000);
    expect(ider.every(isValidPersonId)).toBe(true);
    expect(ider.every((pid) => Number(pid.slice(2, 4)) > 80)).toBe(true);
  });

  it("keeps sets for different years apart", () => {
    const a = new Set(synthetiskePersonIder(100, 90));
    expect(synthetiskePersonIder(100, 91).some((pid) => a.has(pid))).toBe(false);
  });
});
