import { randomUUID } from "node:crypto";
import type { JobQueue } from "@minkommune/jobs";
import { badInput, notFound } from "@minkommune/subgraph-kit";
import type { FakturaDb } from "../db/fakturaer.ts";
import type { FakturaRow, UtsettelseRow } from "../db/rows.ts";
import {
  besluttForesporsel,
  endringVedInnvilgelse,
  finnSammeForesporsel,
  type Gjelder,
  hentForesporsel,
  hentPolicy,
  laasFaktura,
  lagreForesporsel,
  type PolicyRow,
  type Tx,
} from "../db/utsettelser.ts";
import type { Avdrag } from "../domain/avdrag.ts";
import type { Vurdering } from "../domain/utsettelse-policy.ts";
import { avgjorMedFagsystem, planleggNyttForsok } from "./fagsystem-beslutning.ts";
import type { SporFagsystem } from "./fagsystem-klient.ts";
import { planleggVarsel } from "./varsel.ts";

/** What deciding a request needs. */
export interface UtsettelseDeps {
  db: FakturaDb;
  queue: JobQueue;
  fagsystem: SporFagsystem;
  now: () => Date;
}

/** What is asked for, worked out against the locked invoice. */
export interface Onske {
  /** The new due date (UTSETTELSE) or the last instalment's (AVDRAG): with the kind, what makes a repeat the same request. */
  onsketForfallDato: string;
  avdrag: Avdrag[] | null;
}

/**
 * One kind of request (betalingsutsettelse or avdrag): what it asks for and how the policy
 * answers it. Everything else (locking, repeats, the invoicing system, events) is shared.
 */
export interface Soknad {
  gjelder: Gjelder;
  onske(faktura: FakturaRow): Onske;
  /** Checks the wish against the invoice (badInput when it cannot be asked) and applies the policy. */
  vurder(tx: Tx, faktura: FakturaRow, policy: PolicyRow | null, onske: Onske): Promise<Vurdering>;
}

/** A citizen's request, after the resolver checked that the invoice is visible to them. */
export interface Foresporsel {
  fakturaId: string;
  pid: string;
  idempotencyKey: string | null;
  soknad: Soknad;
}

/** A request and its invoice as they stand after the answer. */
export interface Utfall {
  request: UtsettelseRow;
  faktura: FakturaRow;
}

type Forste = Utfall & { spor: PolicyRow | null };

/**
 * Answers a request while the citizen waits. The invoice row is locked while the rules run, so
 * a double click or two tabs find the first request instead of making a second. When the
 * invoicing system decides, it is asked after the commit (no lock held while waiting); if it
 * does not answer in time the request stays UNDER_BEHANDLING and a queued job asks again.
 */
export async function behandleForesporsel(deps: UtsettelseDeps, f: Foresporsel): Promise<Utfall> {
  const na = deps.now();
  const forste = await deps.db.transaction((tx) => vurderIFaktura(deps, tx, f, na));
  if (!forste.spor) return forste;
  const besluttet = await avgjorMedFagsystem(deps, forste.spor, forste.request, forste.faktura);
  if (!besluttet) return forste;
  return (await hentForesporsel(deps.db, forste.request.id)) ?? forste;
}

async function vurderIFaktura(deps: UtsettelseDeps, tx: Tx, f: Foresporsel, na: Date): Promise<Forste> {
  const faktura = await laasFaktura(tx, f.fakturaId);
  if (!faktura) throw notFound("Fant ikke fakturaen");
  const { gjelder } = f.soknad;
  const onske = f.soknad.onske(faktura);
  const tidligere = await finnSammeForesporsel(tx, faktura.id, gjelder, onske.onsketForfallDato, f.idempotencyKey);
  if (tidligere) {
    const sammeNokkel = f.idempotencyKey && tidligere.idempotencyKey === f.idempotencyKey;
    if (sammeNokkel && (tidligere.gjelder !== gjelder || tidligere.onsketForfallDato !== onske.onsketForfallDato)) {
      throw badInput("idempotencyKey", "Nøkkelen er allerede brukt for en annen forespørsel");
    }
    return { request: tidligere, faktura, spor: null };
  }
  const policy = await hentPolicy(tx, faktura.fiksOrgId);
  const vurdering = await f.soknad.vurder(tx, faktura, policy, onske);
  const request = await lagreForesporsel(tx, {
    id: randomUUID(),
    fakturaId: faktura.id,
    fiksOrgId: faktura.fiksOrgId,
    integrasjonId: faktura.integrasjonId,
    gjelder,
    avdrag: onske.avdrag,
    // The instalments split what was owed now: payments from here on pay them.
    innbetaltFor: onske.avdrag ? faktura.innbetaltBelop : null,
    bedtAv: f.pid,
    idempotencyKey: f.idempotencyKey,
    forfallDatoFor: faktura.forfallDato,
    onsketForfallDato: onske.onsketForfallDato,
    status: "UNDER_BEHANDLING",
    created: na,
  });
  if (vurdering.utfall === "FAGSYSTEM" && policy) {
    await planleggNyttForsok(deps.queue, tx, request, na);
    return { request, faktura, spor: policy };
  }
  const beslutning =
    vurdering.utfall === "INNVILGET"
      ? ({ status: "INNVILGET", arsak: null, besluttetAv: "POLICY" } as const)
      : ({
          status: "AVSLATT",
          arsak: vurdering.utfall === "AVSLATT" ? vurdering.kode : null,
          besluttetAv: "POLICY",
        } as const);
  const besluttet = (await besluttForesporsel(tx, request.id, beslutning, na)) ?? request;
  await planleggVarsel(deps.queue, tx, policy, besluttet, na);
  return { request: besluttet, faktura: etterSvar(faktura, besluttet), spor: null };
}

/** The invoice as a granted request left it (the same changes besluttForesporsel stored). */
function etterSvar(faktura: FakturaRow, request: UtsettelseRow): FakturaRow {
  return request.status === "INNVILGET" ? { ...faktura, ...endringVedInnvilgelse(request) } : faktura;
}
