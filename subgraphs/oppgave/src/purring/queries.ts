import { and, asc, between, eq, isNull, sql } from "drizzle-orm";
import type { OppgaveDb } from "../db/database.ts";
import { mottaker, oppgave } from "../db/schema.ts";
import { medEpostPurringAv } from "../db/varslingsvalg.ts";
import type { Adressat, Leveranse, Purringsmelding } from "../notification/port.ts";
import type { BunkePayload, RundePayload } from "./jobs.ts";
import { purring } from "./tables.ts";

/** Any transaction or database handle of this subgraph. */
type Db = Pick<OppgaveDb, "select" | "insert" | "update" | "delete">;

// The KS rule (domain/fullfort.ts) in SQL: ANY is done at one completion, ALL at the last.
const erApen = sql`((${oppgave.utfortKriterie} = 'ANY' and ${oppgave.antallFullfort} = 0)
  or (${oppgave.utfortKriterie} = 'ALL' and ${oppgave.antallFullfort} < ${oppgave.antallMottakere}))`;

/** The oppgave of a round while it is open and still wants reminders; null otherwise. */
export async function apenOppgave(db: Db, oppgaveId: string) {
  const [row] = await db
    .select({
      created: oppgave.created,
      intervall: oppgave.purringIntervallDager,
      tittel: oppgave.tittel,
      handling: oppgave.handling,
      url: oppgave.url,
      frist: oppgave.frist,
      sprak: oppgave.sprak,
    })
    .from(oppgave)
    .where(and(eq(oppgave.id, oppgaveId), erApen, sql`${oppgave.purringIntervallDager} > 0`));
  return row ?? null;
}

/** What every reminder of this oppgave says. */
export type OppgaveTekst = Purringsmelding["oppgave"];

/** The person ids of the recipients still NY, in order: the round cuts them into batches. */
export async function mottakereSomVenter(db: Db, oppgaveId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: mottaker.personId })
    .from(mottaker)
    .where(and(eq(mottaker.oppgaveId, oppgaveId), eq(mottaker.status, "NY")))
    .orderBy(asc(mottaker.personId));
  return rows.map((row) => row.personId);
}

/** The recipients of a batch still NY and not yet reminded in this round, while the oppgave is open. */
export async function bunkensKandidater(db: Db, p: BunkePayload): Promise<string[]> {
  const rows = await db
    .select({ personId: mottaker.personId })
    .from(mottaker)
    .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
    .leftJoin(
      purring,
      and(
        eq(purring.oppgaveId, mottaker.oppgaveId),
        eq(purring.personId, mottaker.personId),
        eq(purring.runde, p.runde),
      ),
    )
    .where(
      and(
        eq(mottaker.oppgaveId, p.oppgaveId),
        eq(mottaker.status, "NY"),
        between(mottaker.personId, p.fra, p.til),
        isNull(purring.id),
        erApen,
      ),
    )
    .orderBy(asc(mottaker.personId));
  return rows.map((row) => row.personId);
}

/**
 * Claims the reminder of one recipient in one round, checked at this moment: the recipient is
 * still NY and the oppgave still open (both rows share-locked, so a completion waits for the
 * claim to commit rather than slipping in between the check and the insert), and the citizen
 * has not turned reminder e-mails off. Returns the claim's id when the reminder is to be sent;
 * null when it must not be (the reason is recorded) or was claimed before.
 */
export async function krevPurring(
  db: OppgaveDb,
  p: RundePayload,
  personId: string,
  funnet: Adressat,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [venter] = await tx
      .select({ personId: mottaker.personId })
      .from(mottaker)
      .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
      .where(
        and(eq(mottaker.oppgaveId, p.oppgaveId), eq(mottaker.personId, personId), eq(mottaker.status, "NY"), erApen),
      )
      .for("share");
    if (!venter) return null;
    // Read again here, so a citizen who turned reminders off after the batch started gets none.
    const avslatt = funnet.kanVarsles && (await medEpostPurringAv(tx, [personId])).has(personId);
    const adressat: Adressat = avslatt ? { kanVarsles: false, arsak: "AVSLATT_AV_INNBYGGER" } : funnet;
    const [krav] = await tx
      .insert(purring)
      .values({
        oppgaveId: p.oppgaveId,
        personId,
        runde: p.runde,
        status: adressat.kanVarsles ? "SENDER" : "IKKE_SENDT",
        arsak: adressat.kanVarsles ? null : adressat.arsak,
      })
      .onConflictDoNothing({ target: [purring.oppgaveId, purring.personId, purring.runde] })
      .returning({ id: purring.id });
    return krav && adressat.kanVarsles ? krav.id : null;
  });
}

/** Records the outcome of a send. */
export async function registrerLeveranse(db: Db, purringId: string, leveranse: Leveranse, now: Date): Promise<void> {
  await db
    .update(purring)
    .set(leveranse.levert ? { status: "SENDT", sendt: now } : { status: "IKKE_SENDT", arsak: leveranse.arsak })
    .where(eq(purring.id, purringId));
}

/** Gives a claim back after a send that certainly failed, so the retried batch sends it. */
export async function frigiKrav(db: Db, purringId: string): Promise<void> {
  await db.delete(purring).where(and(eq(purring.id, purringId), eq(purring.status, "SENDER")));
}
