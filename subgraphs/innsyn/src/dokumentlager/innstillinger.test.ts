import { describe, expect, it } from "vitest";
import { dokumentInnstillinger } from "./innstillinger.ts";

describe("dokumentInnstillinger", () => {
  it("reads the limit and link base, and leaves the defaults when unset", () => {
    expect(dokumentInnstillinger({})).toEqual({});
    expect(
      dokumentInnstillinger({ DOKUMENT_MAKS_BYTES: "1048576", DOKUMENT_LENKE_BASE: "https://minkommune.example/" }),
    ).toEqual({ maksDokumentStorrelse: 1048576, dokumentlenkeBase: "https://minkommune.example" });
  });

  it("stops the start on a malformed value", () => {
    expect(() => dokumentInnstillinger({ DOKUMENT_MAKS_BYTES: "20MB" })).toThrow();
    expect(() => dokumentInnstillinger({ DOKUMENT_LENKE_BASE: "ikke en url" })).toThrow();
  });
});
