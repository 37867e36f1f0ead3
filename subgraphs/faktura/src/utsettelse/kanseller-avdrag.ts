import { type Kanselleringsresultat, kansellerPlan } from "../db/avdrag-kansellering.ts";
import type { Eier } from "../db/eier.ts";
import { hentPolicy } from "../db/utsettelser.ts";
import type { UtsettelseDeps } from "./be-om.ts";
import { planleggKanselleringsvarsel } from "./varsel.ts";

/**
 * The invoicing integration cancels the avdrag plan on its invoice. The municipality's webhook
 * is told in a signed avdrag.kansellert event, queued in the same transaction and only by the
 * call that cancelled, so a retried or concurrent cancellation sends one event, as it writes one
 * history entry.
 */
export async function kansellerAvdrag(
  deps: Pick<UtsettelseDeps, "db" | "queue">,
  eier: Eier,
  meldingId: string,
  arsak: string,
  na: Date,
): Promise<Kanselleringsresultat> {
  return deps.db.transaction(async (tx) => {
    const resultat = await kansellerPlan(tx, eier, meldingId, arsak, na);
    if (resultat.ok && resultat.kansellert) {
      const policy = await hentPolicy(tx, resultat.row.fiksOrgId);
      await planleggKanselleringsvarsel(deps.queue, tx, policy, resultat.kansellert, arsak, na);
    }
    return resultat;
  });
}
