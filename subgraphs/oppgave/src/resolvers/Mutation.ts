import { randomUUID } from "node:crypto";
import { badInput, requireIntegrasjon } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { lagreOppgave } from "../db/integrasjon-oppgaver.ts";
import { validerOpprettOppgave } from "../domain/opprett-oppgave.ts";
import type { MutationResolvers } from "../generated/resolvers-types.ts";

/** Root mutations: what fagsystemer do through their integration. */
export const Mutation: MutationResolvers<Context> = {
  opprettOppgave: async (_root, args, context) => {
    const integrasjon = requireIntegrasjon(context, "OPPGAVE", args.fiksOrgId.toLowerCase());
    const checked = validerOpprettOppgave(args.oppgave);
    if (!checked.ok) throw badInput(checked.felt, checked.melding);
    const id = randomUUID();
    await lagreOppgave(context.db, id, integrasjon, checked.oppgave);
    return { id };
  },
};
