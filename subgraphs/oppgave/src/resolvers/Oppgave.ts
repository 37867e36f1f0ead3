import type { Context } from "../context.ts";
import { erFullfort } from "../domain/fullfort.ts";
import type { OppgaveResolvers } from "../generated/resolvers-types.ts";

/** A task as the signed-in recipient sees it; stored columns resolve by name. */
export const Oppgave: OppgaveResolvers<Context> = {
  // Batched: every reference in one request becomes one query, limited to the caller's own tasks.
  __resolveReference: (reference, context) => context.loaders.oppgave.load(reference.id),
  fullfort: (row) => erFullfort(row),
  // Only the time: the citizen never learns who the other recipients are.
  fullfortAvAnnenMottaker: (row) => row.fullfortAvAnnenMottaker?.toISOString() ?? null,
  fullfortTidspunkt: (row) => row.fullfortTidspunkt?.toISOString() ?? null,
  kommune: (row) => ({ fiksOrgId: row.fiksOrgId }),
};
