import type { Database } from "@minkommune/db";
import { and, eq } from "drizzle-orm";
import { type InnsynSchema, melding, meldingDokument } from "./schema.ts";
import { aktiv, eksponertFor, type Innsyner } from "./synlighet.ts";

/** A melding that links to a document and is exposed to the citizen: whose it is and at what level. */
export interface LenkendeMelding {
  fiksOrgId: string;
  integrasjonId: string;
  sikkerhetsniva: number;
}

/**
 * The active meldinger exposed to the citizen (at any login level, so the caller can tell "log in
 * at level 4" from "not yours") that link to the document. Reads through melding_dokument's
 * dokument index and the exposure branches, never scanning other citizens' meldinger.
 */
export async function meldingerSomLenkerTil(
  db: Database<InnsynSchema>,
  innsyner: Innsyner,
  dokumentId: string,
): Promise<LenkendeMelding[]> {
  return db
    .select({
      fiksOrgId: melding.fiksOrgId,
      integrasjonId: melding.integrasjonId,
      sikkerhetsniva: melding.sikkerhetsniva,
    })
    .from(meldingDokument)
    .innerJoin(melding, eq(melding.meldingId, meldingDokument.meldingId))
    .where(and(eq(meldingDokument.dokumentId, dokumentId), eksponertFor(innsyner), aktiv));
}
