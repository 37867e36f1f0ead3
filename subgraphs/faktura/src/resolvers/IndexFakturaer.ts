import { requireIntegrasjon } from "@minkommune/subgraph-kit";
import { GraphQLError } from "graphql";
import type { Context } from "../context.ts";
import { indekserFakturaer } from "../db/indeksering.ts";
import { validerFakturaBatch } from "../domain/index-faktura.ts";
import type { MutationResolvers } from "../generated/resolvers-types.ts";

/** The index API's batch limit; above it the REST layer answers 422. */
export const MAX_INDEX_BATCH = 5000;

/** The Fiks index API's FAKTURA_V1 batch: all invoices or none. */
export const IndexFakturaer: Pick<MutationResolvers<Context>, "indexFakturaer"> = {
  indexFakturaer: async (_root, { fiksOrgId, meldinger }, context) => {
    // The same owner as registrerFaktura: the integration, in the one municipality it is bound to.
    const integrasjon = requireIntegrasjon(context, "FAKTURA", fiksOrgId.toLowerCase());
    const eier = { fiksOrgId: integrasjon.fiksOrgId, integrasjonId: integrasjon.integrasjonId };
    if (meldinger.length === 0) {
      throw new GraphQLError("meldinger må ha minst ett element", {
        extensions: { code: "BAD_USER_INPUT", field: "meldinger", http: { status: 400 } },
      });
    }
    if (meldinger.length > MAX_INDEX_BATCH) {
      throw new GraphQLError(`Antall meldinger overgår øvre begrensning (${MAX_INDEX_BATCH})`, {
        extensions: { code: "BATCH_TOO_LARGE", field: "meldinger", http: { status: 422 } },
      });
    }
    const checked = validerFakturaBatch(meldinger, eier.fiksOrgId);
    if (!checked.ok) {
      throw new GraphQLError(`${new Set(checked.ugyldige.map((u) => u.index)).size} meldinger er ugyldige`, {
        extensions: { code: "BAD_USER_INPUT", field: "meldinger", http: { status: 400 }, invalid: checked.ugyldige },
      });
    }
    return indekserFakturaer(context.db, eier, checked.fakturaer, context.na);
  },
};
