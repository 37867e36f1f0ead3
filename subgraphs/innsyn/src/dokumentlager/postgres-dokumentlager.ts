import { createHash, randomUUID } from "node:crypto";
import type { Database } from "@minkommune/db";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import { dokument, dokumentdel, type InnsynSchema } from "../db/schema.ts";
import type { Dokumentlager, DokumentMetadata, HentetDokument, LagretDokument } from "./dokumentlager.ts";

/** Content is stored in parts of this size: a read holds one part at a time, not the whole file. */
export const DOKUMENTDEL_BYTES = 1024 * 1024;

type Db = Database<InnsynSchema> | Parameters<Parameters<Database<InnsynSchema>["transaction"]>[0]>[0];

/**
 * Writes one document's metadata and parts with the given id; the caller supplies the transaction.
 * The seed uses it for its fixed ids; put() for new ones.
 */
export async function skrivDokument(
  tx: Db,
  id: string,
  innhold: Uint8Array,
  metadata: DokumentMetadata,
): Promise<LagretDokument> {
  const sha256 = createHash("sha256").update(innhold).digest("hex");
  const [row] = await tx
    .insert(dokument)
    .values({ dokumentId: id, ...metadata, storrelse: innhold.byteLength, sha256 })
    .returning();
  if (!row) throw new Error("dokument was not stored");
  for (let nr = 0; nr * DOKUMENTDEL_BYTES < innhold.byteLength; nr++) {
    const del = innhold.subarray(nr * DOKUMENTDEL_BYTES, (nr + 1) * DOKUMENTDEL_BYTES);
    await tx.insert(dokumentdel).values({ dokumentId: id, nr, innhold: del });
  }
  return tilLagret(row);
}

function tilLagret(row: typeof dokument.$inferSelect): LagretDokument {
  return {
    id: row.dokumentId,
    fiksOrgId: row.fiksOrgId,
    integrasjonId: row.integrasjonId,
    dokumentnavn: row.dokumentnavn,
    mimeType: row.mimeType,
    sikkerhetsniva: row.sikkerhetsniva === 4 ? 4 : 3,
    korrelasjonsid: row.korrelasjonsid,
    tilgjengeligTil: row.tilgjengeligTil,
    storrelse: row.storrelse,
    sha256: row.sha256,
    opprettet: row.opprettet,
  };
}

/** The Dokumentlager port on PostgreSQL: metadata in innsyn.dokument, content in innsyn.dokumentdel. */
export function postgresDokumentlager(db: Database<InnsynSchema>): Dokumentlager {
  return {
    put: (innhold, metadata) => db.transaction((tx) => skrivDokument(tx, randomUUID(), innhold, metadata)),

    async get(id): Promise<HentetDokument | null> {
      const [row] = await db.select().from(dokument).where(eq(dokument.dokumentId, id));
      if (!row) return null;
      return {
        metadata: tilLagret(row),
        // One part per query, in order; a part deleted mid-read simply ends the content early,
        // which the checksum check then reports.
        async *innhold() {
          for (let neste = 0; ; ) {
            const [del] = await db
              .select({ nr: dokumentdel.nr, innhold: dokumentdel.innhold })
              .from(dokumentdel)
              .where(and(eq(dokumentdel.dokumentId, id), gte(dokumentdel.nr, neste)))
              .orderBy(asc(dokumentdel.nr))
              .limit(1);
            if (!del) return;
            yield del.innhold;
            neste = del.nr + 1;
          }
        },
      };
    },

    async delete(id) {
      const rows = await db.delete(dokument).where(eq(dokument.dokumentId, id)).returning({ id: dokument.dokumentId });
      return rows.length > 0;
    },
  };
}

/**
 * Deletes up to `limit` documents past tilgjengeligTil (content with them); returns how many.
 * The sweeper runs it beside the meldinger; until then the download route already refuses them.
 */
export async function feiUtUtlopteDokumenter(tx: Db, limit: number): Promise<number> {
  const utlopte = tx
    .select({ id: dokument.dokumentId })
    .from(dokument)
    .where(sql`${dokument.tilgjengeligTil} <= now()`)
    .limit(limit);
  const rows = await tx
    .delete(dokument)
    .where(inArray(dokument.dokumentId, utlopte))
    .returning({ id: dokument.dokumentId });
  return rows.length;
}
