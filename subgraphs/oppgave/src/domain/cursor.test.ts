import { decodeCursor, encodeCursor } from "@minkommune/subgraph-kit";
import { describe, expect, it } from "vitest";
import { CURSOR_KINDS, cursorFor, cursorValues, INGEN_FRIST, oppgaveCursor } from "./cursor.ts";

const id = "0a9e0000-0000-4000-8000-030100000001";

describe("oppgave cursor", () => {
  it("round-trips a row's sort key through the opaque cursor", () => {
    const cursor = cursorFor({ rank: 0, frist: "2026-12-01", created: new Date("2026-06-01T08:00:00.123Z"), id });
    const decoded = oppgaveCursor(decodeCursor(encodeCursor(cursorValues(cursor)), CURSOR_KINDS));
    expect(decoded).toEqual({ rank: 0, frist: "2026-12-01", created: "2026-06-01T08:00:00.123Z", id });
  });

  it("stores a missing frist as the value that sorts last", () => {
    expect(cursorFor({ rank: 1, frist: null, created: new Date(0), id }).frist).toBe(INGEN_FRIST);
  });

  it("refuses values no row could have produced", () => {
    expect(oppgaveCursor([2, "2026-12-01", "2026-06-01T08:00:00.123Z", id])).toBeNull();
    expect(oppgaveCursor([0, "2026-02-30", "2026-06-01T08:00:00.123Z", id])).toBeNull();
    expect(oppgaveCursor([0, "2026-12-01", "i går", id])).toBeNull();
    expect(oppgaveCursor([0, "2026-12-01", "2026-06-01T08:00:00.123Z", "1; drop table"])).toBeNull();
  });
});
