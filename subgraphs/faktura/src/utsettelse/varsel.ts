import type { JobQueue } from "@minkommune/jobs";
import type { FakturaRow, UtsettelseRow } from "../db/rows.ts";
import type { PolicyRow, Tx } from "../db/utsettelser.ts";
import { avdragFelt, meldingshode } from "./melding.ts";

/** Job type: send a signed decision event to the municipality's webhook. */
export const VARSLE_BESLUTNING = "betalingsutsettelse.varsle";

/**
 * Queues the decision event in the deciding transaction, so an event exists exactly when the
 * decision does. Nothing is queued when the municipality has no webhook.
 */
export async function planleggVarsel(
  queue: JobQueue,
  tx: Tx,
  policy: PolicyRow | null,
  request: UtsettelseRow,
  na: Date,
): Promise<void> {
  if (!policy?.webhookUrl) return;
  await queue.enqueue(
    tx,
    { type: VARSLE_BESLUTNING, payload: { id: request.id }, dedupeKey: `varsle:${request.id}`, maxAttempts: 20 },
    na,
  );
}

/** The event body: what was decided, by whom, on which invoice. */
export function beslutningBody(request: UtsettelseRow, faktura: FakturaRow): string {
  return JSON.stringify({
    ...meldingshode(request, faktura, "besluttet"),
    status: request.status,
    avslagKode: request.arsak,
    besluttetAv: request.besluttetAv,
    forfallDato: faktura.forfallDato,
    onsketForfallDato: request.onsketForfallDato,
    besluttet: request.besluttet?.toISOString() ?? null,
    ...avdragFelt(request),
  });
}
