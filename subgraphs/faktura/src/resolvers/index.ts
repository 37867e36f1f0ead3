import type { Context } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { Faktura } from "./Faktura.ts";
import { Innbygger } from "./Innbygger.ts";
import { DateScalar, OreScalar, UUIDScalar } from "./scalars.ts";

/** Every resolver of the Faktura subgraph, checked against the generated types. */
export const resolvers: Resolvers<Context> = {
  Innbygger,
  Faktura,
  Date: DateScalar,
  Ore: OreScalar,
  UUID: UUIDScalar,
};
