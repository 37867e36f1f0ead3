import type { JobHandler } from "@minkommune/jobs";
import type { OppgaveDb } from "../db/database.ts";
import { medEpostPurringAv } from "../db/varslingsvalg.ts";
import { type Adressat, IkkeLevertError, type Varsler } from "../notification/port.ts";
import { bunkePayload } from "./jobs.ts";
import { apenOppgave, bunkensKandidater, frigiKrav, krevPurring, registrerLeveranse } from "./queries.ts";

// The lease is moved forward this often, so a long batch keeps its claim on the job.
const SENDINGER_PER_LEASE = 20;
const UKJENT: Adressat = { kanVarsles: false, arsak: "IKKE_AKTIV_I_KRR" };
const AVSLATT: Adressat = { kanVarsles: false, arsak: "AVSLATT_AV_INNBYGGER" };

/**
 * One batch of one round. Each recipient is checked and claimed (a purring row, unique per
 * oppgave, person and round) right before the send, and the outcome recorded after it.
 *
 * Delivery is at most once. SMTP gives no way to send and record in one step, so a crash
 * between the claim and the recorded outcome leaves a SENDER row and the mail's fate unknown;
 * the retried batch skips that row rather than risk a second mail. A lost reminder is followed
 * by the next round, while a duplicate cannot be taken back. Only a send that certainly failed
 * (IkkeLevertError) gives its claim back, and then the whole batch is retried with backoff. The
 * Message-ID comes from the claim's id, so were a mail ever sent twice, it would be the same one.
 */
export function bunkeJobb(db: OppgaveDb, varsler: Varsler): JobHandler<OppgaveDb> {
  return async (job, { now, extendLease }) => {
    const bunke = bunkePayload.parse(job.payload);
    const oppgave = await apenOppgave(db, bunke.oppgaveId);
    if (!oppgave) return;
    const kandidater = await bunkensKandidater(db, bunke);
    if (kandidater.length === 0) return;
    // Those who turned reminders off are not even looked up in KRR; krevPurring checks again at the claim.
    const avslatt = await medEpostPurringAv(db, kandidater);
    const adressater = await varsler.finnAdressater(kandidater.filter((id) => !avslatt.has(id)));
    let sendt = 0;
    for (const personId of kandidater) {
      const adressat = avslatt.has(personId) ? AVSLATT : (adressater.get(personId) ?? UKJENT);
      const purringId = await krevPurring(db, bunke, personId, adressat);
      if (!purringId || !adressat.kanVarsles) continue;
      try {
        const leveranse = await varsler.send(adressat, { purringId, oppgave });
        await registrerLeveranse(db, purringId, leveranse, now());
      } catch (error) {
        if (error instanceof IkkeLevertError) await frigiKrav(db, purringId);
        throw error;
      }
      if (++sendt % SENDINGER_PER_LEASE === 0) await extendLease();
    }
  };
}
