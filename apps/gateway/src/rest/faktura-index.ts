import type { RunOperation } from "./execute-operation.ts";
import { withMeldingIds } from "./graphql-errors.ts";
import { operation } from "./operations.ts";

const INDEX_FAKTURAER = operation("IndexFakturaer");

/**
 * A batch of FAKTURA_V1 meldinger, passed as it arrived (Base64 and kroner included) to the
 * faktura subgraph's indexFakturaer, which decodes, checks and writes it all or nothing.
 */
export async function indexFakturaer(run: RunOperation, meldinger: unknown[], fiksOrgId: string) {
  try {
    const data = await run(INDEX_FAKTURAER, { fiksOrgId, meldinger }, {});
    const { opprettet, oppdatert } = data.indexFakturaer as { opprettet: number; oppdatert: number };
    // MeldingIndexResponseV2: Min kommune asks no separate consent, so no invoice is held back for one.
    return { opprettet, oppdatert, manglerSamtykke: 0, meldingerUtenSamtykke: [] };
  } catch (error) {
    throw withMeldingIds(error, meldinger);
  }
}
