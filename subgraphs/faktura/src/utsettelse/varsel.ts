import type { JobQueue } from "@minkommune/jobs";
import type { FakturaRow, UtsettelseRow } from "../db/rows.ts";
import type { PolicyRow, Tx } from "../db/utsettelser.ts";
import { avdragFelt, meldingshode } from "./melding.ts";

/** Job type: send a signed decision event to the municipality's webhook. */
export const VARSLE_BESLUTNING = "betalingsutsettelse.varsle";

/** Job type: send a signed event that the invoicing integration cancelled an avdrag plan. */
export const VARSLE_KANSELLERING = "avdrag.varsle-kansellert";

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

/**
 * Queues the cancellation event in the cancelling transaction, keyed by the request that granted
 * the plan, so however often the plan is cancelled there is one event. The reason travels in the
 * payload, exactly as the history recorded it.
 */
export async function planleggKanselleringsvarsel(
  queue: JobQueue,
  tx: Tx,
  policy: PolicyRow | null,
  request: UtsettelseRow,
  arsak: string,
  na: Date,
): Promise<void> {
  if (!policy?.webhookUrl) return;
  await queue.enqueue(
    tx,
    {
      type: VARSLE_KANSELLERING,
      payload: { id: request.id, arsak },
      dedupeKey: `varsle-kansellert:${request.id}`,
      maxAttempts: 20,
    },
    na,
  );
}

/** The cancellation event: which plan, when, why, and the due date that applies again. */
export function kanselleringBody(request: UtsettelseRow, faktura: FakturaRow, arsak: string): string {
  return JSON.stringify({
    ...meldingshode(request, faktura, "kansellert"),
    kansellert: faktura.avdragKansellert?.toISOString() ?? null,
    arsak,
    forfallDato: faktura.forfallDato,
    ...avdragFelt(request),
  });
}
