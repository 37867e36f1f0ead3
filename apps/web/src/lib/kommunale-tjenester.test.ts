import { describe, expect, it } from "vitest";
import { tjenesterForForsiden } from "./kommunale-tjenester.ts";

const tjeneste = (tjenesteId: string, favoritt: boolean, lenke = `https://kommune.example.no/${tjenesteId}`) => ({
  tjenesteId,
  tittel: `Tjeneste ${tjenesteId}`,
  lenke,
  favoritt,
});

describe("tjenesterForForsiden", () => {
  it("puts favourites first and keeps the municipality's order inside each group", () => {
    const ordered = tjenesterForForsiden([
      tjeneste("a", false),
      tjeneste("b", true),
      tjeneste("c", false),
      tjeneste("d", true),
    ]);
    expect(ordered.map((t) => t.tjenesteId)).toEqual(["b", "d", "a", "c"]);
  });

  it("drops links that are not http(s) and normalises the rest", () => {
    const ordered = tjenesterForForsiden([
      tjeneste("js", true, "javascript:alert(1)"),
      tjeneste("rel", false, "/relative"),
      tjeneste("ok", false, "https://kommune.example.no"),
    ]);
    expect(ordered).toEqual([
      { ...tjeneste("ok", false, "https://kommune.example.no"), href: "https://kommune.example.no/" },
    ]);
  });
});
