import { randomUUID } from "node:crypto";
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { GyldigFaktura } from "../domain/registrer-faktura.ts";
import { registrerFullfortePlaner } from "./avdragsplan.ts";
import type { Eier } from "./eier.ts";
import type { FakturaDb } from "./fakturaer.ts";
import { hendelse, kolonner } from "./registrering.ts";
import { faktura, fakturaHendelse } from "./schema.ts";

/**
 * Rows per INSERT: about 35 parameters a row stays far below PostgreSQL's 65535 per statement.
 * Chunks still run in one transaction, so the batch is all or nothing.
 */
const RADER_PER_SETNING = 500;

type Kolonne = keyof ReturnType<typeof kolonner>;
const tabellkolonner = getTableColumns(faktura);

// The row proposed for insertion, as ON CONFLICT DO UPDATE sees it.
const excluded = (navn: keyof typeof tabellkolonner) => sql.raw(`excluded."${tabellkolonner[navn].name}"`);

/**
 * innbetaltBelop is optional: when a melding leaves it out, an update keeps what registered
 * payments added up to. EXCLUDED only holds table columns, so the given values travel as one
 * JSON object keyed by meldingId and the rest fall back to the stored value.
 */
function innbetaltEtter(fakturaer: readonly GyldigFaktura[]): SQL {
  const gitt = Object.fromEntries(
    fakturaer.flatMap((f) => (f.innbetaltBelop == null ? [] : [[f.meldingId, f.innbetaltBelop]])),
  );
  return sql`coalesce((${JSON.stringify(gitt)}::jsonb ->> excluded."melding_id"::text)::bigint, ${faktura.innbetaltBelop})`;
}

/** Opprettet and oppdatert of one batch. */
export interface Indeksert {
  opprettet: number;
  oppdatert: number;
}

/**
 * Creates or overwrites the integration's invoices by meldingId, the whole batch in one
 * transaction, with one upsert per chunk. An unchanged invoice is not touched and gets no
 * history; a new one gets REGISTRERT, a changed one OPPDATERT, as registrerFaktura does.
 *
 * Counting uses the upsert's own answer (xmax = 0 only for a row this statement inserted), so
 * two identical batches at the same time count each invoice as opprettet exactly once: the
 * second waits on the unique index and then takes the update path. Rows go in meldingId order,
 * so two overlapping batches lock in the same order and do not deadlock.
 */
export async function indekserFakturaer(
  db: FakturaDb,
  eier: Eier,
  fakturaer: readonly GyldigFaktura[],
  na: Date,
): Promise<Indeksert> {
  const sortert = [...fakturaer].sort((a, b) => (a.meldingId < b.meldingId ? -1 : a.meldingId > b.meldingId ? 1 : 0));
  return db.transaction(async (tx) => {
    let opprettet = 0;
    for (let start = 0; start < sortert.length; start += RADER_PER_SETNING) {
      const del = sortert.slice(start, start + RADER_PER_SETNING);
      const innbetalt = innbetaltEtter(del);
      const kolonnenavn = Object.keys(kolonner(del[0] as GyldigFaktura)) as Kolonne[];
      const endret = sql.join(
        [
          ...kolonnenavn.map((k) => sql`${faktura[k]} is distinct from ${excluded(k)}`),
          sql`${faktura.innbetaltBelop} is distinct from ${innbetalt}`,
        ],
        sql` or `,
      );
      const rader = await tx
        .insert(faktura)
        .values(
          del.map((f) => ({
            id: randomUUID(),
            ...eier,
            meldingId: f.meldingId,
            ...kolonner(f),
            innbetaltBelop: f.innbetaltBelop ?? 0,
          })),
        )
        .onConflictDoUpdate({
          target: [faktura.integrasjonId, faktura.meldingId],
          set: {
            ...Object.fromEntries(kolonnenavn.map((k) => [k, excluded(k)])),
            innbetaltBelop: innbetalt,
            changed: na,
          },
          setWhere: endret,
        })
        .returning({ ...tabellkolonner, ny: sql<boolean>`(xmax = 0)` });
      const nye = rader.filter((r) => r.ny).length;
      opprettet += nye;
      if (rader.length > 0) {
        await tx.insert(fakturaHendelse).values(rader.map((r) => hendelse(r, r.ny ? "REGISTRERT" : "OPPDATERT", na)));
        // The upsert holds the changed rows locked until commit, as registrerFullfortePlaner needs.
        await registrerFullfortePlaner(tx, rader, na);
      }
    }
    return { opprettet, oppdatert: sortert.length - opprettet };
  });
}
