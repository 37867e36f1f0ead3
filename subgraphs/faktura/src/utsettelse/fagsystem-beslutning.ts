import type { JobQueue } from "@minkommune/jobs";
import type { FakturaRow, UtsettelseRow } from "../db/rows.ts";
import { besluttForesporsel, laasFaktura, type PolicyRow, type Tx } from "../db/utsettelser.ts";
import type { UtsettelseDeps } from "./be-om.ts";
import { FAGSYSTEM_TIMEOUT_MS } from "./fagsystem-klient.ts";
import { planleggVarsel } from "./varsel.ts";

/** Job type: ask the invoicing system again about a request still UNDER_BEHANDLING. */
export const SPOR_FAGSYSTEM = "betalingsutsettelse.spor-fagsystem";

/**
 * Queues the retry in the same transaction as the request, so a crash between storing it and
 * asking cannot lose it. It runs only after the synchronous attempt has had its full timeout.
 * With the default backoff (capped at 1 h) 50 attempts cover about two days; after that the
 * request still shows as UNDER_BEHANDLING in the fagsystem's own list.
 */
export async function planleggNyttForsok(queue: JobQueue, tx: Tx, request: UtsettelseRow, na: Date): Promise<void> {
  await queue.enqueue(
    tx,
    {
      type: SPOR_FAGSYSTEM,
      payload: { id: request.id },
      runAt: new Date(na.getTime() + FAGSYSTEM_TIMEOUT_MS + 5_000),
      dedupeKey: `spor-fagsystem:${request.id}`,
      maxAttempts: 50,
    },
    na,
  );
}

/** Records the invoicing system's answer; false when it could not be asked or the request was decided meanwhile. */
export async function avgjorMedFagsystem(
  deps: UtsettelseDeps,
  policy: PolicyRow,
  request: UtsettelseRow,
  faktura: FakturaRow,
): Promise<boolean> {
  let svar: "INNVILGET" | "AVSLATT";
  try {
    svar = await deps.fagsystem(policy, request, faktura);
  } catch (error) {
    // The queued job asks again; the citizen is told the request is being processed.
    console.warn(`betalingsutsettelse ${request.id}: invoicing system did not answer (${(error as Error).name})`);
    return false;
  }
  return deps.db.transaction((tx) => lagreSvar(deps, tx, policy, request, svar));
}

/** Stores an answer under the invoice lock, with its event; false when already decided. */
export async function lagreSvar(
  deps: Pick<UtsettelseDeps, "queue" | "now">,
  tx: Tx,
  policy: PolicyRow,
  request: Pick<UtsettelseRow, "id" | "fakturaId" | "gjelder">,
  svar: "INNVILGET" | "AVSLATT",
): Promise<boolean> {
  // The same lock as new requests take, so a grant and a new request never race on the count.
  await laasFaktura(tx, request.fakturaId);
  const na = deps.now();
  const beslutning =
    svar === "INNVILGET"
      ? ({ status: "INNVILGET", arsak: null, besluttetAv: "FAGSYSTEM" } as const)
      : ({
          status: "AVSLATT",
          arsak: request.gjelder === "AVDRAG" ? "AVDRAG_AVSLATT_AV_FAGSYSTEM" : "AVSLATT_AV_FAGSYSTEM",
          besluttetAv: "FAGSYSTEM",
        } as const);
  const besluttet = await besluttForesporsel(tx, request.id, beslutning, na);
  if (!besluttet) return false;
  await planleggVarsel(deps.queue, tx, policy, besluttet, na);
  return true;
}
