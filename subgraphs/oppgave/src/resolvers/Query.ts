import { requireIntegrasjon, requireUuid } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { hentOppgave } from "../db/integrasjon-oppgaver.ts";
import type { QueryResolvers } from "../generated/resolvers-types.ts";

/** Root queries: what integrations read back. */
export const Query: QueryResolvers<Context> = {
  // Another integration's or municipality's oppgave is null, exactly like one that does not exist.
  oppgave: async (_root, args, context) => {
    const fiksOrgId = requireUuid(args.fiksOrgId, "fiksOrgId").toLowerCase();
    const oppgaveId = requireUuid(args.oppgaveId, "oppgaveId").toLowerCase();
    const integrasjon = requireIntegrasjon(context, "OPPGAVE", fiksOrgId);
    return hentOppgave(context.db, integrasjon, oppgaveId);
  },
};
