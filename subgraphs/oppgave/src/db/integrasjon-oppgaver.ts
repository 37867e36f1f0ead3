import { and, asc, eq } from "drizzle-orm";
import type { GyldigOppgave } from "../domain/opprett-oppgave.ts";
import type { OppgaveDb } from "./database.ts";
import type { MottakerRow, OppgaveRow } from "./rows.ts";
import { mottaker, oppgave } from "./schema.ts";

/** Who creates or reads an oppgave: one integration acting for one municipality. */
export interface Eier {
  fiksOrgId: string;
  integrasjonId: string;
}

// Two columns per row keeps one insert well under Postgres' 65 535 parameters.
const MOTTAKERE_PER_INSERT = 5000;

/**
 * Stores a checked oppgave and its recipients in one transaction, so a failure leaves nothing.
 * The mottaker triggers fill in antall_mottakere.
 */
export async function lagreOppgave(db: OppgaveDb, id: string, eier: Eier, ny: GyldigOppgave): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(oppgave).values({
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
    });
    const personIds = ny.mottakere.personIdList;
    for (let start = 0; start < personIds.length; start += MOTTAKERE_PER_INSERT) {
      const del = personIds.slice(start, start + MOTTAKERE_PER_INSERT);
      await tx.insert(mottaker).values(del.map((personId) => ({ oppgaveId: id, personId })));
    }
  });
}

/** The oppgave, when this integration created it in this municipality; null otherwise. */
export async function hentOppgave(db: OppgaveDb, eier: Eier, id: string): Promise<OppgaveRow | null> {
  const [row] = await db
    .select()
    .from(oppgave)
    .where(
      and(eq(oppgave.id, id), eq(oppgave.fiksOrgId, eier.fiksOrgId), eq(oppgave.integrasjonId, eier.integrasjonId)),
    );
  return row ?? null;
}

/** Every recipient of an oppgave with their status, in person id order. */
export async function mottakereFor(db: OppgaveDb, oppgaveId: string): Promise<MottakerRow[]> {
  return db.select().from(mottaker).where(eq(mottaker.oppgaveId, oppgaveId)).orderBy(asc(mottaker.personId));
}
