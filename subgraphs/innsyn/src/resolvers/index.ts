import type { Resolvers } from "../generated/resolvers-types.ts";
import { Forsendelse } from "./Forsendelse.ts";
import { Innbygger } from "./Innbygger.ts";
import { Kommune } from "./Kommune.ts";
import { Mutation } from "./Mutation.ts";
import { Query } from "./Query.ts";

/** Every Innsyn resolver. */
export const resolvers: Resolvers = { Query, Mutation, Innbygger, Kommune, Forsendelse };
