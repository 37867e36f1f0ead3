import type { QueryResolvers } from "../generated/resolvers-types.ts";

/** Root queries: `meg` is the entry to everything a citizen sees. */
export const Query: QueryResolvers = {
  meg: (_parent, _args, { principal }) => (principal.type === "innbygger" ? { id: principal.innbyggerId } : null),
};
