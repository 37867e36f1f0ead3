import { isKalenderdato, isUuid } from "@minkommune/subgraph-kit";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/**
 * Scalars of this subgraph. Output is checked strictly, so a bad row fails loudly instead of
 * leaking. Input only has to be a string: resolvers check its form where they know the
 * argument's name, so the BAD_USER_INPUT error can name the field (a scalar cannot).
 */
function scalar(name: string, description: string, serialize: (value: unknown) => unknown) {
  const parseValue = (value: unknown) => {
    // The message never quotes the value: it could be a person id sent in the wrong place.
    if (typeof value !== "string") throw new GraphQLError(`${name} må være en tekst`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize,
    parseValue,
    parseLiteral: (ast) => parseValue(ast.kind === Kind.STRING ? ast.value : null),
  });
}

function strict(name: string, check: (value: unknown) => boolean) {
  return (value: unknown) => {
    if (!check(value)) throw new GraphQLError(`Ugyldig ${name}`);
    return value;
  };
}

/** A real calendar date, YYYY-MM-DD. */
export const DateScalar = scalar("Date", "A calendar date, YYYY-MM-DD.", strict("Date", isKalenderdato));

/** A UUID in its canonical text form. */
export const UUIDScalar = scalar("UUID", "An identifier in UUID form.", strict("UUID", isUuid));

/** An instant, always written as ISO 8601 in UTC. */
export const DateTimeScalar = scalar("DateTime", "An instant in time, ISO 8601 in UTC.", (value) => {
  const instant = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
  if (!instant || Number.isNaN(instant.getTime())) throw new GraphQLError("Ugyldig DateTime");
  return instant.toISOString();
});
