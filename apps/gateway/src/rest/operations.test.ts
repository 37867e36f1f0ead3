import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { operation } from "./operations.ts";

describe("operation", () => {
  it.each([
    "OpprettOppgave",
    "HentOppgave",
    "SettOppgaveStatus",
    "IndexMeldinger",
    "SlettMeldinger",
    "SlettMeldingerAsynkront",
    "IndexFakturaer",
  ])("%s is one named operation with the fragments it spreads", (name) => {
    const { operationName, query } = operation(name);
    const definitions = parse(query).definitions;
    const operations = definitions.filter((d) => d.kind === "OperationDefinition");
    expect(operationName).toBe(name);
    expect(operations.map((d) => d.name?.value)).toEqual([name]);
  });

  it("refuses a name without a file", () => {
    expect(() => operation("FinnesIkke")).toThrow(/has no file/);
  });
});
