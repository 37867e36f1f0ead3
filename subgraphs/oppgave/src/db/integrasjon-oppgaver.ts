import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { GyldigOppgave } from "../domain/opprett-oppgave.ts";
import { planleggPurring } from "../purring/plan.ts";
import type { OppgaveDb } from "./database.ts";
import type { MottakerRow, OppgaveRow } from "./rows.ts";
import { mottaker, oppgave, opprettIdempotens } from "./schema.ts";

/** Who creates or reads an oppgave: one integration acting for one municipality. */
export interface Eier {
  fiksOrgId: string;
  integrasjonId: string;
}

/** An Idempotency-Key and the hash of the checked request it came with. */
export interface Idempotens {
  nokkel: string;
  hash: string;
}

/** What the key was first used for: the oppgave it created and the request's hash. */
export interface TidligereBruk {
  oppgaveId: string;
  hash: string;
}

/** Thrown inside the transaction to roll it back when another request holds the key. */
class NokkelBrukt extends Error {}

/**
 * Stores a checked oppgave and its recipients in one transaction, so a failure leaves nothing.
 * All recipients go in one INSERT … SELECT from a single JSON parameter: one round trip and
 * one run of the counting trigger, whatever their number.
 *
 * With `idempotens`, the key is claimed right after the oppgave row and before the recipients.
 * A concurrent request with the same key waits on the key's primary key until this one commits,
 * then finds it taken; it returns "brukt" having stored nothing, and the caller reads the owner.
 */
export async function lagreOppgave(
  db: OppgaveDb,
  id: string,
  eier: Eier,
  ny: GyldigOppgave,
  idempotens?: Idempotens,
): Promise<"lagret" | "brukt"> {
  const rad = oppgaveRad(id, eier, ny);
  const personer = JSON.stringify(ny.mottakere.personIdList);
  if (!idempotens && ny.varsling.purringIntervallDager === 0) {
    // The common case is one statement, so it needs no transaction: the oppgave and its
    // recipients go in together or not at all, in one round trip.
    const nyOppgave = db.insert(oppgave).values(rad).returning({ id: oppgave.id });
    await db.execute(sql`
      with ny_oppgave as ${nyOppgave}
      insert into ${mottaker} (oppgave_id, person_id)
      select ny_oppgave.id, person_id from ny_oppgave, jsonb_array_elements_text(${personer}::jsonb) as p(person_id)
    `);
    return "lagret";
  }
  try {
    await db.transaction(async (tx) => {
      await tx.insert(oppgave).values(rad);
      if (idempotens) {
        const claimed = await tx
          .insert(opprettIdempotens)
          .values({ ...eierKolonner(eier), nokkel: idempotens.nokkel, foresporselHash: idempotens.hash, oppgaveId: id })
          .onConflictDoNothing()
          .returning({ oppgaveId: opprettIdempotens.oppgaveId });
        if (claimed.length === 0) throw new NokkelBrukt();
      }
      await tx.execute(sql`
        insert into ${mottaker} (oppgave_id, person_id)
        select ${id}::uuid, person_id from jsonb_array_elements_text(${personer}::jsonb) as p(person_id)
      `);
      // The first reminder round commits with the oppgave, so it can be neither lost nor doubled.
      if (ny.varsling.purringIntervallDager > 0) await planleggPurring(tx, id);
    });
    return "lagret";
  } catch (error) {
    if (error instanceof NokkelBrukt) return "brukt";
    throw error;
  }
}

function oppgaveRad(id: string, eier: Eier, ny: GyldigOppgave) {
  return {
    id,
    fiksOrgId: eier.fiksOrgId,
    integrasjonId: eier.integrasjonId,
    tittel: ny.tittel,
    beskrivelse: ny.beskrivelse,
    handling: ny.handling,
    url: ny.url,
    frist: ny.frist,
    utfortKriterie: ny.utfortKriterie,
    sprak: ny.sprak,
    metadata: ny.metadata,
    purringIntervallDager: ny.varsling.purringIntervallDager,
  };
}

const eierKolonner = (eier: Eier) => ({ fiksOrgId: eier.fiksOrgId, integrasjonId: eier.integrasjonId });

/** What this integration's key in this municipality was first used for, or null when unused. */
export async function tidligereBruk(db: OppgaveDb, eier: Eier, nokkel: string): Promise<TidligereBruk | null> {
  const [row] = await db
    .select({ oppgaveId: opprettIdempotens.oppgaveId, hash: opprettIdempotens.foresporselHash })
    .from(opprettIdempotens)
    .where(
      and(
        eq(opprettIdempotens.fiksOrgId, eier.fiksOrgId),
        eq(opprettIdempotens.integrasjonId, eier.integrasjonId),
        eq(opprettIdempotens.nokkel, nokkel),
      ),
    );
  return row ?? null;
}

/** The oppgave, when this integration created it in this municipality; null otherwise. */
export async function hentOppgave(db: OppgaveDb, eier: Eier, id: string): Promise<OppgaveRow | null> {
  const [row] = await db
    .select()
    .from(oppgave)
    .where(and(eq(oppgave.id, id), eierErLik(eier)));
  return row ?? null;
}

function eierErLik(eier: Eier) {
  return and(eq(oppgave.fiksOrgId, eier.fiksOrgId), eq(oppgave.integrasjonId, eier.integrasjonId));
}

/** Every recipient of an oppgave with their status, in person id order. */
export async function mottakereFor(db: OppgaveDb, oppgaveId: string): Promise<MottakerRow[]> {
  return db.select().from(mottaker).where(eq(mottaker.oppgaveId, oppgaveId)).orderBy(asc(mottaker.personId));
}

/** One recipient of an oppgave by primary key, or undefined when the person is not one. */
export async function mottakerFor(
  db: OppgaveDb,
  oppgaveId: string,
  personId: string,
): Promise<MottakerRow | undefined> {
  const [rad] = await db
    .select()
    .from(mottaker)
    .where(and(eq(mottaker.oppgaveId, oppgaveId), eq(mottaker.personId, personId)));
  return rad;
}

/**
 * The UPDATE behind settMottakerStatus: one recipient's row by primary key, only when the
 * oppgave is this integration's and the status differs. Exported so a test can EXPLAIN it.
 */
export function oppdaterStatusSql(
  db: OppgaveDb,
  eier: Eier,
  oppgaveId: string,
  personId: string,
  status: MottakerRow["status"],
) {
  const egen = sql`select 1 from ${oppgave} where ${oppgave.id} = ${oppgaveId} and ${eierErLik(eier)}`;
  return db
    .update(mottaker)
    .set({ status, statusEndret: sql`now()` })
    .where(
      and(
        eq(mottaker.oppgaveId, oppgaveId),
        eq(mottaker.personId, personId),
        ne(mottaker.status, status),
        sql`exists (${egen})`,
      ),
    );
}

/**
 * Sets one recipient's status when this integration created the oppgave, as one single-row
 * UPDATE by primary key; the triggers move the counters and the overall state, and a change
 * back to NY schedules the next reminder round (idempotent per round). A recipient
 * who already has the status is left alone, so statusEndret keeps its time. Returns the
 * oppgave after the change, or null when it is not this integration's or the person is not
 * a recipient (the two are not told apart).
 */
export async function settMottakerStatus(
  db: OppgaveDb,
  eier: Eier,
  oppgaveId: string,
  personId: string,
  status: MottakerRow["status"],
): Promise<OppgaveRow | null> {
  const endret = await oppdaterStatusSql(db, eier, oppgaveId, personId, status).returning({
    personId: mottaker.personId,
  });
  // A recipient back at NY may have reopened a done oppgave, whose reminder chain had ended.
  if (status === "NY" && endret.length > 0) await planleggPurring(db, oppgaveId);
  const [row] = await db
    .select()
    .from(oppgave)
    .where(
      and(
        eq(oppgave.id, oppgaveId),
        eierErLik(eier),
        sql`exists (select 1 from ${mottaker} where ${mottaker.oppgaveId} = ${oppgave.id} and ${mottaker.personId} = ${personId})`,
      ),
    );
  return row ?? null;
}
