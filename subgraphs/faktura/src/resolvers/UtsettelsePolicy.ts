import type { Context } from "../context.ts";
import type { UtsettelsePolicyResolvers } from "../generated/resolvers-types.ts";

/** A policy row as the integration reads it: the secret itself never leaves, only that it exists. */
export const UtsettelsePolicy: UtsettelsePolicyResolvers<Context> = {
  harHemmelighet: (policy) => policy.hemmelighet !== null,
};
