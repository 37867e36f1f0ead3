import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { sokeord, somDelstreng } from "./sokeord.ts";

describe("sokeord", () => {
  it("splits a term into distinct lower-case words", () => {
    expect(sokeord("  Samtykke  SKOLE samtykke ")).toEqual(["samtykke", "skole"]);
  });

  it.each([[""], ["   "], ["x".repeat(201)]])("refuses %j with BAD_USER_INPUT on term", (term) => {
    try {
      sokeord(term);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "term" });
    }
  });

  it("accepts 200 characters, counting characters rather than UTF-16 units", () => {
    expect(sokeord("ø".repeat(200))).toHaveLength(1);
  });
});

describe("somDelstreng", () => {
  it("takes %, _ and backslash literally", () => {
    expect(somDelstreng("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
