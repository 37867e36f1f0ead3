import type { Database } from "@minkommune/db";
import { sql } from "drizzle-orm";
import { dokumentIderI } from "../domain/dokumentlenker.ts";
import type { GyldigMelding } from "../domain/index-melding.ts";
import type { InnsynSchema } from "./schema.ts";

type Db = Database<InnsynSchema> | Parameters<Parameters<Database<InnsynSchema>["transaction"]>[0]>[0];

/**
 * Replaces the document links of the given meldinger with those in their metadata, set-based
 * (one statement each, however large the batch). Run inside the index transaction, so links and
 * meldinger change together.
 *
 * A link to a document of this store that another integration uploaded is not recorded: it stays
 * in the metadata as an ordinary link, but grants no download. The batch is not refused for it,
 * so indexing never tells an integration whether some other integration's document id exists.
 * A link to an id not (yet) in the store is kept; the download check compares owners again.
 */
export async function lagreDokumentlenker(tx: Db, integrasjonId: string, meldinger: GyldigMelding[]): Promise<void> {
  const ider = JSON.stringify(meldinger.map((m) => m.meldingId));
  await tx.execute(sql`delete from innsyn.melding_dokument
    where melding_id in (select value::uuid from jsonb_array_elements_text(${ider}::jsonb))`);
  const lenker = meldinger.flatMap((m) => dokumentIderI(m.metadata).map((d) => ({ m: m.meldingId, d })));
  if (lenker.length === 0) return;
  await tx.execute(sql`insert into innsyn.melding_dokument (melding_id, dokument_id)
    select x.m, x.d from jsonb_to_recordset(${JSON.stringify(lenker)}::jsonb) as x(m uuid, d uuid)
    where not exists (select 1 from innsyn.dokument d
      where d.dokument_id = x.d and d.integrasjon_id <> ${integrasjonId}::uuid)
    on conflict do nothing`);
}
