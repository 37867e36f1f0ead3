import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageSize } from "./pagination.ts";

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.field : error;
  }
  return undefined;
}

describe("pagination", () => {
  it("accepts 1..100 and defaults when unset", () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, -1, 101, 2.5])("rejects first = %s naming the field", (first) => {
    expect(fieldOf(() => pageSize(first))).toBe("first");
  });

  it("round-trips a cursor", () => {
    expect(decodeCursor(encodeCursor(["2026-01-01T00:00:00.000Z", "abc"]), ["string", "string"])).toEqual([
      "2026-01-01T00:00:00.000Z",
      "abc",
    ]);
  });

  it.each(["not-base64-json", encodeCursor([1, "a"]), encodeCursor(["a"]), Buffer.from("{}").toString("base64url")])(
    "rejects a malformed cursor %s naming the field",
    (cursor) => expect(fieldOf(() => decodeCursor(cursor, ["string", "string"]))).toBe("after"),
  );
});
