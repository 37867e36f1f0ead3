import type { Database } from "@minkommune/db";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { MeldingType } from "../domain/metadata/versjoner.ts";
import { type InnsynSchema, type MeldingRecord, melding, meldingsstatus } from "./schema.ts";
import { aktiv, eksponertFor, type Innsyner, synligFor } from "./synlighet.ts";

type Db = Database<InnsynSchema>;

/** A melding as resolvers see it: the row plus the caller's own state. */
export type MeldingRow = Omit<MeldingRecord, "sokVektor"> & {
  lest: boolean;
  arkivert: boolean;
  forstSett: Date | null;
};

/** What a citizen can narrow a list by. Unset fields do not filter. */
export interface MeldingFilter {
  typer?: MeldingType[] | undefined;
  fiksOrgIder?: string[] | undefined;
  avsender?: string | undefined;
  /** Inclusive lower and exclusive upper bound on the sort date. */
  fra?: Date | undefined;
  til?: Date | undefined;
  ulest?: boolean | undefined;
  arkivert?: boolean | undefined;
  forelderId?: string | undefined;
  /** Indexed after this instant ("nytt siden sist"). */
  opprettetEtter?: Date | undefined;
}

const lest = sql`(${meldingsstatus.lestTidspunkt} is not null)`;
const arkivert = sql`(${meldingsstatus.arkivertTidspunkt} is not null)`;

/** The columns of a MeldingRow, with the citizen's own state from the joined meldingsstatus. */
export function selection() {
  return {
    meldingId: melding.meldingId,
    fiksOrgId: melding.fiksOrgId,
    integrasjonId: melding.integrasjonId,
    versjon: melding.versjon,
    meldingType: melding.meldingType,
    eksponertForType: melding.eksponertForType,
    eksponertForVerdi: melding.eksponertForVerdi,
    sikkerhetsniva: melding.sikkerhetsniva,
    tittel: melding.tittel,
    avsender: melding.avsender,
    sendtDato: melding.sendtDato,
    svarLenke: melding.svarLenke,
    eksternRef: melding.eksternRef,
    tilgjengeligTil: melding.tilgjengeligTil,
    korrelasjonId: melding.korrelasjonId,
    forelderId: melding.forelderId,
    forelderType: melding.forelderType,
    metadata: melding.metadata,
    sokTekst: melding.sokTekst,
    slettes: melding.slettes,
    opprettet: melding.opprettet,
    oppdatert: melding.oppdatert,
    lest: lest.mapWith(Boolean),
    arkivert: arkivert.mapWith(Boolean),
    forstSett: meldingsstatus.forstSett,
  };
}

/** The citizen's own state row joins in beside each melding (one row per melding at most). */
export const ownState = (pid: string) =>
  and(eq(meldingsstatus.meldingId, melding.meldingId), eq(meldingsstatus.personId, pid)) as SQL;

/** The conditions a filter adds, shared by lists, counts and search. */
export function filterConditions(filter: MeldingFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.typer?.length) conditions.push(inArray(melding.meldingType, filter.typer));
  if (filter.fiksOrgIder?.length) conditions.push(inArray(melding.fiksOrgId, filter.fiksOrgIder));
  if (filter.avsender) conditions.push(eq(melding.avsender, filter.avsender));
  if (filter.fra) conditions.push(sql`${melding.sendtDato} >= ${filter.fra.toISOString()}::timestamptz`);
  if (filter.til) conditions.push(sql`${melding.sendtDato} < ${filter.til.toISOString()}::timestamptz`);
  if (filter.ulest === true) conditions.push(sql`not ${lest}`);
  if (filter.ulest === false) conditions.push(lest);
  if (filter.arkivert === true) conditions.push(arkivert);
  if (filter.arkivert === false) conditions.push(sql`not ${arkivert}`);
  if (filter.forelderId) conditions.push(eq(melding.forelderId, filter.forelderId));
  if (filter.opprettetEtter) {
    conditions.push(sql`${melding.opprettet} > ${filter.opprettetEtter.toISOString()}::timestamptz`);
  }
  return conditions;
}

/** One page of the citizen's meldinger, newest first, strictly after the (sort date, meldingId) cursor. */
export async function listMeldinger(
  db: Db,
  innsyner: Innsyner,
  options: { limit: number; after?: [string, string] | undefined; filter: MeldingFilter },
): Promise<MeldingRow[]> {
  const conditions = [synligFor(innsyner), ...filterConditions(options.filter)];
  if (options.after) {
    const [sendtDato, meldingId] = options.after;
    conditions.push(
      sql`(${melding.sendtDato}, ${melding.meldingId}) < (${sendtDato}::timestamptz, ${meldingId}::uuid)`,
    );
  }
  return db
    .select(selection())
    .from(melding)
    .leftJoin(meldingsstatus, ownState(innsyner.pid))
    .where(and(...conditions))
    .orderBy(desc(melding.sendtDato), desc(melding.meldingId))
    .limit(options.limit);
}

/** Counts for a filtered list in one query: visible, unread among them, and those above the login level. */
export async function countMeldinger(db: Db, innsyner: Innsyner, filter: MeldingFilter) {
  const [row] = await db
    .select({
      synlige: sql<number>`count(*) filter (where ${melding.sikkerhetsniva} <= ${innsyner.niva})`.mapWith(Number),
      uleste:
        sql<number>`count(*) filter (where ${melding.sikkerhetsniva} <= ${innsyner.niva} and not ${lest})`.mapWith(
          Number,
        ),
      hoyereNiva: sql<number>`count(*) filter (where ${melding.sikkerhetsniva} > ${innsyner.niva})`.mapWith(Number),
    })
    .from(melding)
    .leftJoin(meldingsstatus, ownState(innsyner.pid))
    .where(and(eksponertFor(innsyner), aktiv, ...filterConditions(filter)));
  return row ?? { synlige: 0, uleste: 0, hoyereNiva: 0 };
}

/** The meldinger among `ids` that the citizen may see, for batched lookups. */
export async function findMeldinger(db: Db, innsyner: Innsyner, ids: readonly string[]): Promise<MeldingRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(selection())
    .from(melding)
    .leftJoin(meldingsstatus, ownState(innsyner.pid))
    .where(and(synligFor(innsyner), inArray(melding.meldingId, [...ids])));
}
