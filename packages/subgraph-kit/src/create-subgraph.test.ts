import { parse } from "graphql";
import { describe, expect, it, vi } from "vitest";
import type { BaseContext } from "./access.ts";
import { createApolloSubgraph } from "./create-subgraph.ts";
import { badInput } from "./errors.ts";

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { feiler: String, feilInput: String }
`);

const resolvers = {
  Query: {
    feiler: () => {
      throw Object.assign(
        new Error('Failed query: select * from "oppgave"."mottaker" params: 12858510048,0301-208/133/0/4'),
        {
          params: ["12858510048", "0301-208/133/0/4"],
          cause: new Error("canceling statement due to statement timeout"),
        },
      );
    },
    feilInput: () => {
      throw badInput("personId", "Ugyldig fødselsnummer eller D-nummer");
    },
  },
};

async function run(query: string) {
  const apollo = createApolloSubgraph<BaseContext>({ typeDefs, resolvers });
  await apollo.start();
  try {
    const context = { principal: { type: "integrasjon" } } as unknown as BaseContext;
    const response = await apollo.executeOperation({ query }, { contextValue: context });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult;
  } finally {
    await apollo.stop();
  }
}

describe("createApolloSubgraph errors", () => {
  it("never sends the text of an unexpected error, which may hold SQL and person ids", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await run("{ feiler }");
    const lines = JSON.stringify(logged.mock.calls);
    logged.mockRestore();
    expect(result.errors?.[0]?.message).toBe("Intern feil");
    expect(JSON.stringify(result)).not.toContain("select");
    expect(lines).toContain("canceling statement due to statement timeout");
    expect(lines).not.toContain("12858510048");
    expect(lines).not.toContain("0301-208");
  });

  it("sends typed client errors as they are", async () => {
    const result = await run("{ feilInput }");
    expect(result.errors?.[0]).toMatchObject({
      message: "Ugyldig fødselsnummer eller D-nummer",
      extensions: { code: "BAD_USER_INPUT", field: "personId" },
    });
  });
});
