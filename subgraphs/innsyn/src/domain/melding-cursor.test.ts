import { decodeCursor, encodeCursor } from "@minkommune/subgraph-kit";
import { describe, expect, it } from "vitest";
import { CURSOR_KINDS, meldingCursor } from "./melding-cursor.ts";

const id = "5d1f0a52-7c1e-4a8e-9b7a-1f0c3a1d0301";

describe("melding cursor", () => {
  it("round-trips a row's sort key through the opaque cursor", () => {
    const values = decodeCursor(encodeCursor([new Date("2026-11-25T10:00:00.123Z").toISOString(), id]), CURSOR_KINDS);
    expect(meldingCursor(values)).toEqual(["2026-11-25T10:00:00.123Z", id]);
  });

  it("refuses values the list query could not cast", () => {
    expect(meldingCursor(["x", "y"])).toBeNull();
    expect(meldingCursor(["2026-11-25T10:00:00.123Z", "not-a-uuid"])).toBeNull();
    expect(meldingCursor(["2026-11-25", id])).toBeNull();
    expect(meldingCursor(["2026-02-30T10:00:00.000Z", id])).toBeNull();
    expect(meldingCursor(["2026-11-25T25:00:00.000Z", id])).toBeNull();
  });
});
