import { isValidPersonId } from "@minkommune/auth";
import { badInput, notFound, requireInnbygger, requireIntegrasjon, requireUuid } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { settMottakerStatus } from "../db/integrasjon-oppgaver.ts";
import { lagreVarslingsvalg } from "../db/varslingsvalg.ts";
import { validerOpprettOppgave } from "../domain/opprett-oppgave.ts";
import type { MutationResolvers } from "../generated/resolvers-types.ts";
import { opprettOppgave } from "../opprett-oppgave.ts";

/** Root mutations: what fagsystemer do through their integration. */
export const Mutation: MutationResolvers<Context> = {
  // Order: the ids' form, then who is asking, then the body, so a caller without access learns nothing from validation.
  opprettOppgave: async (_root, args, context) => {
    const fiksOrgId = requireUuid(args.fiksOrgId, "fiksOrgId").toLowerCase();
    const integrasjon = requireIntegrasjon(context, "OPPGAVE", fiksOrgId);
    const checked = validerOpprettOppgave(args.oppgave, { tillatLokalHttp: !context.production });
    if (!checked.ok) throw badInput(checked.felt, checked.melding);
    return { id: await opprettOppgave(context.db, integrasjon, checked.oppgave, args.idempotencyKey) };
  },

  settOppgaveStatus: async (_root, args, context) => {
    const fiksOrgId = requireUuid(args.fiksOrgId, "fiksOrgId").toLowerCase();
    const oppgaveId = requireUuid(args.oppgaveId, "oppgaveId").toLowerCase();
    const integrasjon = requireIntegrasjon(context, "OPPGAVE", fiksOrgId);
    const personId = args.status.personId.trim();
    // The message never quotes the number: it must not end up in a response or a log.
    if (!isValidPersonId(personId)) throw badInput("status.personId", "Ugyldig fødselsnummer eller D-nummer");
    const oppgave = await settMottakerStatus(context.db, integrasjon, oppgaveId, personId, args.status.status);
    // The same answer whether the oppgave is another integration's, unknown, or lacks this recipient.
    if (!oppgave) throw notFound("Fant ikke oppgaven med denne mottakeren");
    return oppgave;
  },

  // Keyed by the signed-in citizen's own person id, so no argument can reach another citizen's row.
  settVarslingsvalg: async (_root, args, context) => {
    const { pid } = requireInnbygger(context);
    return lagreVarslingsvalg(context.db, pid, { epostPurring: args.varslingsvalg.epostPurring });
  },
};
