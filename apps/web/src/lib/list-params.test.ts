import { describe, expect, it } from "vitest";
import { listHref, nextCursor, parseChoice, parseCursor } from "./list-params.ts";

describe("parseCursor", () => {
  it("keeps a base64url cursor", () => {
    const cursor = Buffer.from(JSON.stringify(["2026-12-24", "a1"])).toString("base64url");
    expect(parseCursor(cursor)).toBe(cursor);
    expect(parseCursor([cursor, "other"])).toBe(cursor);
  });

  it("drops anything that cannot be one of our cursors", () => {
    expect(parseCursor(undefined)).toBeUndefined();
    expect(parseCursor("")).toBeUndefined();
    expect(parseCursor("abc def")).toBeUndefined();
    expect(parseCursor("<script>")).toBeUndefined();
    expect(parseCursor("a".repeat(513))).toBeUndefined();
  });
});

describe("parseChoice", () => {
  it("takes a known choice and falls back otherwise", () => {
    expect(parseChoice("fullforte", ["apne", "fullforte"], "apne")).toBe("fullforte");
    expect(parseChoice("alt", ["apne", "fullforte"], "apne")).toBe("apne");
    expect(parseChoice(undefined, ["apne", "fullforte"], "apne")).toBe("apne");
  });
});

describe("listHref", () => {
  it("leaves out defaults and absent values", () => {
    expect(listHref("/oppgaver", { vis: "apne", after: undefined }, { vis: "apne" })).toBe("/oppgaver");
    expect(listHref("/oppgaver", { vis: "fullforte", after: "abc" }, { vis: "apne" })).toBe(
      "/oppgaver?vis=fullforte&after=abc",
    );
  });
});

describe("nextCursor", () => {
  it("leads on only while there is a next page", () => {
    expect(nextCursor({ hasNextPage: true, endCursor: "abc" })).toBe("abc");
    expect(nextCursor({ hasNextPage: false, endCursor: "abc" })).toBeNull();
    expect(nextCursor({ hasNextPage: true, endCursor: null })).toBeNull();
  });
});
