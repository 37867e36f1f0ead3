import type { JobHandler } from "@minkommune/jobs";
import type { OppgaveDb } from "../db/database.ts";
import { BUNKE, bunkeNokkel, MAKS_FORSOK, queue, RUNDE, rundeNokkel, rundePayload } from "./jobs.ts";
import { apenOppgave, mottakereSomVenter } from "./queries.ts";
import { nesteRunde, rundeForfaller } from "./schedule.ts";

/**
 * A round: while the oppgave is open, cut the recipients still NY into batches of `bunkeStorrelse`
 * (one job each, so 10,000 recipients become small jobs any worker can take) and schedule the
 * next round. All in one transaction with the job's completion; when the oppgave is done or
 * gone, the chain simply ends.
 */
export function rundeJobb(bunkeStorrelse: number): JobHandler<OppgaveDb> {
  return async (job, { complete, now }) => {
    const runde = rundePayload.parse(job.payload);
    await complete(async (tx) => {
      const apen = await apenOppgave(tx, runde.oppgaveId);
      if (!apen) return;
      const personIds = await mottakereSomVenter(tx, runde.oppgaveId);
      for (let start = 0, indeks = 0; start < personIds.length; start += bunkeStorrelse, indeks++) {
        const del = personIds.slice(start, start + bunkeStorrelse);
        const payload = { ...runde, fra: del[0] ?? "", til: del.at(-1) ?? "" };
        const dedupeKey = bunkeNokkel(runde, indeks);
        await queue.enqueue(tx, { type: BUNKE, payload, dedupeKey, maxAttempts: MAKS_FORSOK }, now());
      }
      const neste = { oppgaveId: runde.oppgaveId, runde: nesteRunde(apen.created, apen.intervall, runde.runde, now()) };
      const runAt = rundeForfaller(apen.created, apen.intervall, neste.runde);
      const dedupeKey = rundeNokkel(neste);
      await queue.enqueue(tx, { type: RUNDE, payload: neste, runAt, dedupeKey, maxAttempts: MAKS_FORSOK }, now());
    });
  };
}
