import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { queryLimitsRule } from "./query-limits.ts";

const schema = buildSchema(`
  type Query { meg: Innbygger }
  type Innbygger { navn: String, venn: Innbygger, sok(term: String): [String] }
`);

const limits = { maxDepth: 4, maxAliases: 3, maxFields: 10 };
const errorsFor = (query: string) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((error) => error.message);

describe("queryLimitsRule", () => {
  it("lets an ordinary query through", () => {
    expect(errorsFor("{ meg { navn venn { navn } } }")).toEqual([]);
  });

  it("refuses too many aliases, such as many searches in one request", () => {
    const sok = Array.from({ length: 4 }, (_, i) => `s${i}: sok(term: "x")`).join(" ");
    expect(errorsFor(`{ meg { ${sok} } }`)).toEqual(["Operasjonen er for stor: flere enn 3 aliaser"]);
  });

  it("refuses nesting beyond maxDepth, also through fragments", () => {
    expect(errorsFor("{ meg { venn { venn { venn { navn } } } } }")).toEqual([
      "Operasjonen er for stor: dypere enn 4 nivåer",
    ]);
    expect(errorsFor("{ meg { ...V } } fragment V on Innbygger { venn { venn { venn { navn } } } }")).toHaveLength(1);
  });

  it("counts fields after fragments are spread", () => {
    // 1 + 4 × (1 + 2) = 13 fields, at depth 3.
    const query =
      "{ meg { ...A ...B } } fragment A on Innbygger { a: venn { ...N } b: venn { ...N } } fragment B on Innbygger { c: venn { ...N } venn { ...N } } fragment N on Innbygger { navn sok }";
    expect(errorsFor(query)).toEqual(["Operasjonen er for stor: flere enn 10 felt"]);
  });

  it("does not loop on a fragment cycle (graphql-js reports the cycle)", () => {
    const errors = validate(schema, parse("{ meg { ...A } } fragment A on Innbygger { venn { ...A } }"), [
      queryLimitsRule(limits),
    ]);
    expect(errors).toEqual([]);
  });
});
