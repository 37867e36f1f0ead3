import type { Database } from "@minkommune/db";
import { and, asc, count, desc, eq, exists, inArray, lte, not, sql } from "drizzle-orm";
import { dokument, exposedTo, type InnsynSchema, lesestatus, type MeldingRow, melding } from "./schema.ts";

type Db = Database<InnsynSchema>;

/** Whose view a query takes: the citizen's person id and login level. */
export interface Viewer {
  pid: string;
  niva: 3 | 4;
}

const FORSENDELSE = "forsendelseV2";

function isRead(pid: string) {
  return exists(
    sql`(select 1 from ${lesestatus} where ${lesestatus.meldingId} = ${melding.meldingId} and ${lesestatus.personId} = ${pid})`,
  );
}

function visibleTo(viewer: Viewer) {
  return and(eq(melding.versjon, FORSENDELSE), exposedTo(viewer.pid), lte(melding.sikkerhetsniva, viewer.niva));
}

const selectWithLest = (viewer: Viewer) => ({
  meldingId: melding.meldingId,
  fiksOrgId: melding.fiksOrgId,
  integrasjonId: melding.integrasjonId,
  versjon: melding.versjon,
  eksponertForType: melding.eksponertForType,
  eksponertForVerdi: melding.eksponertForVerdi,
  sikkerhetsniva: melding.sikkerhetsniva,
  tittel: melding.tittel,
  avsender: melding.avsender,
  sendtDato: melding.sendtDato,
  svarLenke: melding.svarLenke,
  opprettet: melding.opprettet,
  lest: isRead(viewer.pid).mapWith(Boolean),
});

/** One page of the citizen's letters, newest first, strictly after the (sendtDato, meldingId) cursor. */
export async function listForsendelser(
  db: Db,
  viewer: Viewer,
  options: { limit: number; after?: [string, string] | undefined; ulest?: boolean | null | undefined },
): Promise<MeldingRow[]> {
  const conditions = [visibleTo(viewer)];
  if (options.ulest === true) conditions.push(not(isRead(viewer.pid)));
  if (options.ulest === false) conditions.push(isRead(viewer.pid));
  if (options.after) {
    const [sendtDato, meldingId] = options.after;
    conditions.push(
      sql`(${melding.sendtDato}, ${melding.meldingId}) < (${sendtDato}::timestamptz, ${meldingId}::uuid)`,
    );
  }
  return db
    .select(selectWithLest(viewer))
    .from(melding)
    .where(and(...conditions))
    .orderBy(desc(melding.sendtDato), desc(melding.meldingId))
    .limit(options.limit);
}

/** Counts for the citizen's letters in one query: visible, unread and those needing a higher level. */
export async function countForsendelser(db: Db, viewer: Viewer, ulest?: boolean | null) {
  const base = and(eq(melding.versjon, FORSENDELSE), exposedTo(viewer.pid));
  const readFilter = ulest === true ? sql`not ${isRead(viewer.pid)}` : ulest === false ? isRead(viewer.pid) : sql`true`;
  const [row] = await db
    .select({
      synlige:
        sql<number>`count(*) filter (where ${melding.sikkerhetsniva} <= ${viewer.niva} and ${readFilter})`.mapWith(
          Number,
        ),
      uleste:
        sql<number>`count(*) filter (where ${melding.sikkerhetsniva} <= ${viewer.niva} and not ${isRead(viewer.pid)})`.mapWith(
          Number,
        ),
      hoyereNiva: sql<number>`count(*) filter (where ${melding.sikkerhetsniva} > ${viewer.niva})`.mapWith(Number),
    })
    .from(melding)
    .where(base);
  return row ?? { synlige: 0, uleste: 0, hoyereNiva: 0 };
}

/** The letters among `ids` that the citizen may see, for batched entity resolution. */
export async function findForsendelser(db: Db, viewer: Viewer, ids: readonly string[]): Promise<MeldingRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(selectWithLest(viewer))
    .from(melding)
    .where(and(visibleTo(viewer), inArray(melding.meldingId, [...ids])));
}

/** Sets the citizen's read state; returns false when the letter is not visible to them. */
export async function setLest(db: Db, viewer: Viewer, meldingId: string, lest: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [visible] = await tx
      .select({ n: count() })
      .from(melding)
      .where(and(visibleTo(viewer), eq(melding.meldingId, meldingId)));
    if (!visible || visible.n === 0) return false;
    if (lest) {
      await tx.insert(lesestatus).values({ meldingId, personId: viewer.pid }).onConflictDoNothing();
    } else {
      await tx.delete(lesestatus).where(and(eq(lesestatus.meldingId, meldingId), eq(lesestatus.personId, viewer.pid)));
    }
    return true;
  });
}

/** Document metadata for the given meldinger, in their order. */
export async function dokumenterFor(db: Db, meldingIds: readonly string[]) {
  if (meldingIds.length === 0) return [];
  return db
    .select({
      dokumentId: dokument.dokumentId,
      meldingId: dokument.meldingId,
      rekkefolge: dokument.rekkefolge,
      tittel: dokument.tittel,
      mimeType: dokument.mimeType,
      size: dokument.size,
      sha256: dokument.sha256,
    })
    .from(dokument)
    .where(inArray(dokument.meldingId, [...meldingIds]))
    .orderBy(asc(dokument.meldingId), asc(dokument.rekkefolge));
}

/** A document's content when its melding is visible to the citizen; null otherwise. */
export async function readDokument(db: Db, viewer: Viewer, dokumentId: string) {
  const [row] = await db
    .select({
      tittel: dokument.tittel,
      mimeType: dokument.mimeType,
      innhold: dokument.innhold,
      sha256: dokument.sha256,
    })
    .from(dokument)
    .innerJoin(melding, eq(melding.meldingId, dokument.meldingId))
    .where(and(eq(dokument.dokumentId, dokumentId), visibleTo(viewer)));
  return row ?? null;
}
