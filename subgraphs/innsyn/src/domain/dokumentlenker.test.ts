import { describe, expect, it } from "vitest";
import { dokumentIderI, dokumentIdFraLenke } from "./dokumentlenker.ts";

const ID = "0b7e4a52-61c2-4f0e-9d9f-3c4b5a6d7e8f";

describe("dokumentIdFraLenke", () => {
  it.each([
    [`/dokumenter/${ID}`],
    [`https://minkommune.example/dokumenter/${ID}?x=1`],
    [`https://minside.kommune.no/dokumentlager/nedlasting/${ID}`],
    [`https://minside.kommune.no/dokumentlager/nedlasting/niva4/${ID.toUpperCase()}`],
  ])("finds the id in %s", (lenke) => {
    expect(dokumentIdFraLenke(lenke)).toBe(ID);
  });

  it.each([["https://example.test/d/1"], [`/dokumenter/${ID}/ekstra`], [`/andre/${ID}`], ["/dokumenter/ikke-en-uuid"]])(
    "ignores %s",
    (lenke) => {
      expect(dokumentIdFraLenke(lenke)).toBeNull();
    },
  );
});

describe("dokumentIderI", () => {
  it("reads the download fields of every versjon, once each, and not ordinary links", () => {
    const annen = "1b7e4a52-61c2-4f0e-9d9f-3c4b5a6d7e8f";
    const tredje = "2b7e4a52-61c2-4f0e-9d9f-3c4b5a6d7e8f";
    const ider = dokumentIderI({
      dokumenter: [{ nedlastingLenke: `/dokumenter/${ID}` }, { lenke: `/dokumenter/${ID}` }],
      skjemafil: { nedlastingslenke: `/dokumenter/${annen}` },
      vedlegg: [{ nedlastingslenke: `/dokumenter/${tredje}` }],
      lenker: [{ url: "/dokumenter/3b7e4a52-61c2-4f0e-9d9f-3c4b5a6d7e8f" }],
    });
    expect(ider.sort()).toEqual([ID, annen, tredje].sort());
  });
});
