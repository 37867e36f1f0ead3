import type { Context } from "../context.ts";
import type { MottakerResolvers } from "../generated/resolvers-types.ts";

/** A recipient as the creating integration sees it; the stored columns resolve by name. */
export const Mottaker: MottakerResolvers<Context> = {
  // The DateTime scalar writes the stored instant as ISO 8601 in UTC.
  statusEndret: (row) => row.statusEndret.toISOString(),
};
