import { describe, expect, it } from "vitest";
import { safeErrorMessage } from "./safe-error-message.ts";

describe("safeErrorMessage", () => {
  it("keeps only the database's message of a failed query, never its parameters", () => {
    const cause = new Error('duplicate key value violates unique constraint "mottaker_pkey"');
    const failed = Object.assign(new Error("Failed query: insert … params: 12858510048,0301-208/133/0/4"), {
      params: ["12858510048", "0301-208/133/0/4"],
      cause,
    });
    expect(safeErrorMessage(failed)).toBe('Error: duplicate key value violates unique constraint "mottaker_pkey"');
  });

  it("names any other error by its own message", () => {
    expect(safeErrorMessage(new RangeError("Invalid time value"))).toBe("RangeError: Invalid time value");
    expect(safeErrorMessage("text")).toBe("text");
  });
});
