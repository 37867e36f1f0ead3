import { decodeCursor, encodeCursor } from "@minkommune/subgraph-kit";
import { describe, expect, it } from "vitest";
import { CURSOR_KINDS, cursorValues, type FakturaCursor, fakturaCursor } from "./cursor.ts";

const cursor: FakturaCursor = {
  rank: 0,
  effektivForfallDato: "2026-03-31",
  id: "fa000000-0000-4000-8000-000000001002",
};

describe("fakturaCursor", () => {
  it("round-trips through the shared opaque cursor", () => {
    const text = encodeCursor(cursorValues(cursor));
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fakturaCursor(decodeCursor(text, CURSOR_KINDS))).toEqual(cursor);
  });

  it.each([
    ["a rank other than 0 or 1", [2, "2026-01-01", cursor.id]],
    ["an impossible date", [0, "2026-02-30", cursor.id]],
    ["a date in another form", [1, "01.01.2026", cursor.id]],
    ["an id that is no uuid", [0, "2026-01-01", "x"]],
    ["too few values", [0, "2026-01-01"]],
  ])("rejects %s", (_, values) => expect(fakturaCursor(values)).toBeNull());
});
