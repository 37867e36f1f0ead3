import type { Database } from "@minkommune/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { GyldigMelding } from "../domain/index-melding.ts";
import { lagreDokumentlenker } from "./dokumentlenker.ts";
import { rowsOf } from "./rows.ts";
import { type InnsynSchema, melding } from "./schema.ts";

type Db = Database<InnsynSchema> | Parameters<Parameters<Database<InnsynSchema>["transaction"]>[0]>[0];

/** Thrown inside the write when a meldingId belongs to another integration; rolls the batch back. */
export class AnnenEierError extends Error {}

/** The columns of one stored melding in the JSON that jsonb_to_recordset unpacks. */
function asRecord(m: GyldigMelding) {
  return {
    melding_id: m.meldingId,
    fiks_org_id: m.fiksOrgId,
    versjon: m.versjon,
    melding_type: m.meldingType,
    eksponert_for_type: m.eksponertForType,
    eksponert_for_verdi: m.eksponertForVerdi,
    sikkerhetsniva: m.sikkerhetsniva,
    tittel: m.tittel,
    avsender: m.avsender,
    sendt_dato: m.sorteringDato?.toISOString() ?? null,
    svar_lenke: m.svarLenke,
    ekstern_ref: m.eksternRef,
    tilgjengelig_til: m.tilgjengeligTil?.toISOString() ?? null,
    korrelasjon_id: m.korrelasjonId,
    forelder_id: m.forelderId,
    forelder_type: m.forelderType,
    metadata: m.metadata,
    sok_tekst: m.sokTekst,
  };
}

/**
 * Writes a validated batch in one transaction with one set-based upsert (one parameter, however
 * many meldinger). A meldingId indexed by another integration is not touched by the upsert's
 * WHERE; the missing row count then rolls everything back, so the check holds under concurrency.
 */
export async function lagreMeldinger(db: Db, integrasjonId: string, meldinger: GyldigMelding[]) {
  const json = JSON.stringify(meldinger.map(asRecord));
  return db.transaction(async (tx) => {
    const rows = await tx.execute(sql`
      insert into innsyn.melding as m (melding_id, fiks_org_id, integrasjon_id, versjon, melding_type,
        eksponert_for_type, eksponert_for_verdi, sikkerhetsniva, tittel, avsender, sendt_dato, svar_lenke,
        ekstern_ref, tilgjengelig_til, korrelasjon_id, forelder_id, forelder_type, metadata, sok_tekst)
      select x.melding_id, x.fiks_org_id, ${integrasjonId}::uuid, x.versjon, x.melding_type,
        x.eksponert_for_type::innsyn.eksponert_for_type, x.eksponert_for_verdi, x.sikkerhetsniva, x.tittel,
        x.avsender, coalesce(x.sendt_dato, now()), x.svar_lenke, x.ekstern_ref, x.tilgjengelig_til,
        x.korrelasjon_id, x.forelder_id, x.forelder_type, x.metadata, x.sok_tekst
      from jsonb_to_recordset(${json}::jsonb) as x(melding_id uuid, fiks_org_id uuid, versjon text,
        melding_type text, eksponert_for_type text, eksponert_for_verdi text, sikkerhetsniva smallint,
        tittel text, avsender text, sendt_dato timestamptz, svar_lenke text, ekstern_ref text,
        tilgjengelig_til timestamptz, korrelasjon_id text, forelder_id uuid, forelder_type text,
        metadata jsonb, sok_tekst text)
      on conflict (melding_id) do update set
        fiks_org_id = excluded.fiks_org_id, versjon = excluded.versjon, melding_type = excluded.melding_type,
        eksponert_for_type = excluded.eksponert_for_type, eksponert_for_verdi = excluded.eksponert_for_verdi,
        sikkerhetsniva = excluded.sikkerhetsniva, tittel = excluded.tittel, avsender = excluded.avsender,
        sendt_dato = excluded.sendt_dato, svar_lenke = excluded.svar_lenke, ekstern_ref = excluded.ekstern_ref,
        tilgjengelig_til = excluded.tilgjengelig_til, korrelasjon_id = excluded.korrelasjon_id,
        forelder_id = excluded.forelder_id, forelder_type = excluded.forelder_type,
        metadata = excluded.metadata, sok_tekst = excluded.sok_tekst, slettes = false, oppdatert = now()
      where m.integrasjon_id = excluded.integrasjon_id
      returning (xmax = 0) as ny`);
    const result = rowsOf<{ ny: boolean }>(rows);
    if (result.length !== meldinger.length) throw new AnnenEierError();
    await lagreDokumentlenker(tx, integrasjonId, meldinger);
    const opprettet = result.filter((r) => r.ny).length;
    return { opprettet, oppdatert: result.length - opprettet };
  });
}

/** One melding to delete, as slettByMeldingId names it. */
export interface SlettSpec {
  fiksOrgId: string;
  meldingId: string;
  meldingType: string;
}

/** Deletes at once the given meldinger that this integration indexed; others are silently not counted. */
export async function slettMeldinger(db: Db, integrasjonId: string, spec: SlettSpec[]): Promise<number> {
  const json = JSON.stringify(spec.map((s) => ({ f: s.fiksOrgId, m: s.meldingId, t: s.meldingType })));
  const rows = await db.execute(sql`
    delete from innsyn.melding m using jsonb_to_recordset(${json}::jsonb) as x(f uuid, m uuid, t text)
    where m.melding_id = x.m and m.fiks_org_id = x.f and m.melding_type = x.t
      and m.integrasjon_id = ${integrasjonId}::uuid
    returning m.melding_id`);
  return rowsOf(rows).length;
}

/**
 * Marks this integration's meldinger for the organisation (narrowed by eksternRef and/or meldingId)
 * for deletion: they vanish from every citizen view at once, and the sweeper removes them.
 */
export async function markerForSletting(
  db: Db,
  integrasjonId: string,
  fiksOrgId: string,
  filter: { eksternRef?: string | null | undefined; meldingId?: string | null | undefined },
): Promise<number> {
  const conditions = [
    eq(melding.integrasjonId, integrasjonId),
    eq(melding.fiksOrgId, fiksOrgId),
    eq(melding.slettes, false),
  ];
  if (filter.eksternRef != null) conditions.push(eq(melding.eksternRef, filter.eksternRef));
  if (filter.meldingId != null) conditions.push(eq(melding.meldingId, filter.meldingId));
  const rows = await db
    .update(melding)
    .set({ slettes: true })
    .where(and(...conditions))
    .returning({ meldingId: melding.meldingId });
  return rows.length;
}

/** Deletes up to `limit` meldinger that are marked or past tilgjengeligTil; returns how many. */
export async function feiUt(db: Db, limit: number): Promise<number> {
  const due = db
    .select({ id: melding.meldingId })
    .from(melding)
    .where(sql`${melding.slettes} or ${melding.tilgjengeligTil} <= now()`)
    .limit(limit);
  const rows = await db.delete(melding).where(inArray(melding.meldingId, due)).returning({ id: melding.meldingId });
  return rows.length;
}
