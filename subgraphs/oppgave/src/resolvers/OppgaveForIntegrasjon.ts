import { isValidPersonId } from "@minkommune/auth";
import { badInput } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { mottakereFor, mottakerFor } from "../db/integrasjon-oppgaver.ts";
import { erFullfort } from "../domain/fullfort.ts";
import type { OppgaveForIntegrasjonResolvers } from "../generated/resolvers-types.ts";

/** An oppgave as its creating integration sees it, with every recipient. */
export const OppgaveForIntegrasjon: OppgaveForIntegrasjonResolvers<Context> = {
  // Only reached through Query.oppgave, which already checked that this integration created it.
  mottakere: (row, _args, context) => mottakereFor(context.db, row.id),
  mottaker: async (row, { personId }, context) => {
    // The message never repeats the number: it must not reach a log through an error.
    if (!isValidPersonId(personId)) throw badInput("personId", "Ugyldig fødselsnummer eller D-nummer");
    return (await mottakerFor(context.db, row.id, personId)) ?? null;
  },
  fullfort: (row) => erFullfort(row),
  varsling: (row) => ({ purringIntervallDager: row.purringIntervallDager }),
  fullfortTidspunkt: (row) => row.fullfortTidspunkt?.toISOString() ?? null,
  opprettet: (row) => row.created.toISOString(),
  endret: (row) => row.changed.toISOString(),
};
