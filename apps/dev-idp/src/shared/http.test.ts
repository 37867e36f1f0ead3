import { describe, expect, it } from "vitest";
import { pathBelow } from "./http.ts";

describe("pathBelow", () => {
  it.each([
    ["/idporten/auth?x=1", "/auth?x=1"],
    ["/idporten", "/"],
    ["/idporten?x=1", "/?x=1"],
    ["/idporten/", "/"],
    ["/idportenx/auth", undefined],
    ["/maskinporten/token", undefined],
  ])("%s → %s", (url, expected) => {
    expect(pathBelow(url, "/idporten")).toBe(expected);
  });
});
