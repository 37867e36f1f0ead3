import type { KommuneResolvers } from "../generated/resolvers-types.ts";

/** Municipalities are public facts; references resolve in one batched query. */
export const Kommune: KommuneResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.kommune.load(reference.fiksOrgId),
  tjenester: (parent, _args, { loaders }) => loaders.kommunaleTjenester.load(parent.fiksOrgId),
};
