import { describe, expect, it } from "vitest";
import { isCurrentPage, NAV_ITEMS, returnPath } from "./navigation.ts";

describe("isCurrentPage", () => {
  it("marks the front page only on /", () => {
    expect(isCurrentPage("/", "/")).toBe(true);
    expect(isCurrentPage("/oppgaver", "/")).toBe(false);
  });

  it("marks a section on its own page and its sub-pages, not on look-alike paths", () => {
    expect(isCurrentPage("/post", "/post")).toBe(true);
    expect(isCurrentPage("/post/123", "/post")).toBe(true);
    expect(isCurrentPage("/postkasse", "/post")).toBe(false);
  });

  it("has exactly one current item on every page of the navigation", () => {
    for (const page of NAV_ITEMS) {
      expect(NAV_ITEMS.filter((item) => isCurrentPage(page.href, item.href))).toEqual([page]);
    }
  });
});

describe("returnPath", () => {
  const origin = "http://localhost:3000";

  it("keeps path and query of a same-origin referer", () => {
    expect(returnPath("http://localhost:3000/oppgaver?vis=fullforte", origin)).toBe("/oppgaver?vis=fullforte");
  });

  it("falls back to the front page for other origins, garbage and nothing", () => {
    expect(returnPath("https://evil.example/oppgaver", origin)).toBe("/");
    expect(returnPath("http://localhost:3001/post", origin)).toBe("/");
    expect(returnPath("not a url", origin)).toBe("/");
    expect(returnPath(null, origin)).toBe("/");
  });
});
