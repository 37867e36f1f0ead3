import { isKalenderdato, isUuid } from "@minkommune/subgraph-kit";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/** Scalars of this subgraph. Output is checked too, so a bad row fails loudly instead of leaking. */

function scalar(name: string, description: string, check: (value: unknown) => boolean) {
  const accept = (value: unknown) => {
    if (!check(value)) throw new GraphQLError(`Ugyldig ${name}`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: accept,
    parseValue: accept,
    parseLiteral: (ast) =>
      accept(ast.kind === Kind.INT ? Number(ast.value) : ast.kind === Kind.STRING ? ast.value : null),
  });
}

/** Whole øre within the safe-integer range. */
export const OreScalar = scalar("Ore", "An amount in øre (1/100 krone), as an integer.", Number.isSafeInteger);

/** A real calendar date, YYYY-MM-DD. */
export const DateScalar = scalar("Date", "A calendar date, YYYY-MM-DD.", isKalenderdato);

/** A UUID in its canonical text form. */
export const UUIDScalar = scalar("UUID", "An identifier in UUID form.", isUuid);

/** An instant, always written as ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: "An instant in time, ISO 8601 in UTC.",
  serialize: (value) => {
    const instant = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
    if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError("Ugyldig DateTime");
    return instant.toISOString();
  },
  parseValue: (value) => {
    const instant = typeof value === "string" ? new Date(value) : null;
    if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError("Ugyldig DateTime");
    return instant;
  },
});
