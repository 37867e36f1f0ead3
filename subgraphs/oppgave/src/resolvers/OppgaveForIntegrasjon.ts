import type { Context } from "../context.ts";
import { mottakereFor } from "../db/integrasjon-oppgaver.ts";
import { erFullfort } from "../domain/fullfort.ts";
import type { OppgaveForIntegrasjonResolvers } from "../generated/resolvers-types.ts";

/** An oppgave as its creating integration sees it, with every recipient. */
export const OppgaveForIntegrasjon: OppgaveForIntegrasjonResolvers<Context> = {
  // Only reached through Query.oppgave, which already checked that this integration created it.
  mottakere: (row, _args, context) => mottakereFor(context.db, row.id),
  fullfort: (row) => erFullfort(row),
  varsling: (row) => ({ purringIntervallDager: row.purringIntervallDager }),
};
