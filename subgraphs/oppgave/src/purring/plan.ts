import type { Executor } from "@minkommune/jobs";
import { eq } from "drizzle-orm";
import { oppgave } from "../db/schema.ts";
import { MAKS_FORSOK, queue, RUNDE, rundeNokkel } from "./jobs.ts";
import { nesteRunde, rundeForfaller } from "./schedule.ts";

/**
 * Schedules the next reminder round of an oppgave in the caller's transaction: the first round
 * when it is created, or the next future one when it is reopened. Nothing when
 * purringIntervallDager is 0; idempotent, because each round has one dedupe key.
 */
export async function planleggPurring(tx: Executor, oppgaveId: string, now: Date = new Date()): Promise<void> {
  const [row] = await tx
    .select({ created: oppgave.created, intervall: oppgave.purringIntervallDager })
    .from(oppgave)
    .where(eq(oppgave.id, oppgaveId));
  if (!row || row.intervall <= 0) return;
  const runde = nesteRunde(row.created, row.intervall, 0, now);
  const payload = { oppgaveId, runde };
  const runAt = rundeForfaller(row.created, row.intervall, runde);
  await queue.enqueue(
    tx,
    { type: RUNDE, payload, runAt, dedupeKey: rundeNokkel(payload), maxAttempts: MAKS_FORSOK },
    now,
  );
}
