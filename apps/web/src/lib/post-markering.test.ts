import { describe, expect, it } from "vitest";
import { parseMarkering, withStatus } from "./post-markering.ts";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("parseMarkering", () => {
  it("reads a letter id and the wanted state", () => {
    const meldingId = "5b0f7d3e-8a41-4c1e-9f39-0b6f3f1c2d10";
    expect(parseMarkering(form({ meldingId, lest: "false" }))).toEqual({ meldingId, lest: false });
    expect(parseMarkering(form({ meldingId, lest: "true" }))).toEqual({ meldingId, lest: true });
  });

  it("refuses anything else", () => {
    expect(parseMarkering(form({ meldingId: "12858510048", lest: "true" }))).toBeNull();
    expect(parseMarkering(form({ meldingId: "5b0f7d3e-8a41-4c1e-9f39-0b6f3f1c2d10", lest: "ja" }))).toBeNull();
    expect(parseMarkering(form({}))).toBeNull();
  });
});

describe("withStatus", () => {
  it("sets the outcome and keeps the list's filter and cursor", () => {
    expect(withStatus("/post?vis=uleste&after=abc", "lest")).toBe("/post?vis=uleste&after=abc&status=lest");
    expect(withStatus("/post?status=feil", "ulest")).toBe("/post?status=ulest");
  });
});

describe("withStatus with a count", () => {
  it("keeps how many letters a bulk action changed, and drops an old count otherwise", () => {
    expect(withStatus("/post?vis=arkiverte", "gjenopprett", 2)).toBe("/post?vis=arkiverte&status=gjenopprett&antall=2");
    expect(withStatus("/post?status=lest&antall=3", "ulest")).toBe("/post?status=ulest");
  });
});
