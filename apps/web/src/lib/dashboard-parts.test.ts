import { describe, expect, it } from "vitest";
import { failedParts, partVariables } from "./dashboard-parts.ts";

describe("failedParts", () => {
  it("maps errors under meg to the parts that own the fields", () => {
    const parts = failedParts([
      { message: "down", path: ["meg", "oppgaver"] },
      { message: "down", path: ["meg", "fakturaOversikt"] },
      { message: "down", path: ["meg", "fakturaer", "nodes", 0, "tittel"] },
      { message: "down", path: ["meg", "kommunaleTjenester"] },
    ]);
    expect(parts).toEqual(new Set(["oppgaver", "fakturaer", "tjenester"]));
  });

  it("gives up when an error is not under a part", () => {
    expect(failedParts([{ message: "innsyn down", path: ["meg"] }])).toBeNull();
    expect(failedParts([{ message: "no path" }])).toBeNull();
    expect(failedParts([{ message: "x", path: ["meg", "innloggingsniva"] }])).toBeNull();
  });
});

describe("partVariables", () => {
  it("switches off exactly the parts left out", () => {
    expect(partVariables(new Set(["oppgaver"]))).toEqual({
      medBrev: true,
      medOppgaver: false,
      medFakturaer: true,
      medTjenester: true,
    });
    expect(partVariables(new Set(["tjenester"]))).toEqual({
      medBrev: true,
      medOppgaver: true,
      medFakturaer: true,
      medTjenester: false,
    });
  });
});
