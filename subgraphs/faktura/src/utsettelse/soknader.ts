import { badInput } from "@minkommune/subgraph-kit";
import { antallTidligere, regler } from "../db/utsettelser.ts";
import { delIAvdrag } from "../domain/avdrag.ts";
import { vurderAvdrag } from "../domain/avdrag-policy.ts";
import { utestaendeBelop } from "../domain/belop.ts";
import { vurderUtsettelse } from "../domain/utsettelse-policy.ts";
import type { Soknad } from "./be-om.ts";

/** Betalingsutsettelse: the invoice's due date moved to `nyForfallDato`. */
export function utsettelseSoknad(nyForfallDato: string): Soknad {
  return {
    gjelder: "UTSETTELSE",
    onske: () => ({ onsketForfallDato: nyForfallDato, avdrag: null }),
    async vurder(tx, faktura, policy, onske) {
      if (onske.onsketForfallDato <= faktura.forfallDato) {
        throw badInput("nyForfallDato", "Ny forfallsdato må være etter nåværende forfallsdato");
      }
      return vurderUtsettelse(regler(policy), {
        status: faktura.status,
        utestaendeBelop: utestaendeBelop(faktura),
        sendtTilEkstern: faktura.sendtTilEkstern,
        forfallDato: faktura.forfallDato,
        onsketForfallDato: onske.onsketForfallDato,
        antallTidligere: await antallTidligere(tx, faktura.id, "UTSETTELSE"),
        // Once the invoicing system cancelled the plan, the invoice's own due date rules again.
        harAvdragsplan: !faktura.avdragKansellert && (await antallTidligere(tx, faktura.id, "AVDRAG")) > 0,
      });
    },
  };
}

/**
 * Avdrag: what is owed split into `antallAvdrag` monthly instalments, the first on the current
 * due date. The last instalment's date identifies the request, so asking again is the same one.
 */
export function avdragSoknad(antallAvdrag: number): Soknad {
  return {
    gjelder: "AVDRAG",
    onske(faktura) {
      const avdrag = delIAvdrag(utestaendeBelop(faktura), antallAvdrag, faktura.forfallDato);
      return { onsketForfallDato: avdrag.at(-1)?.forfallDato ?? faktura.forfallDato, avdrag };
    },
    async vurder(tx, faktura, policy, onske) {
      const belop = (onske.avdrag ?? []).map((a) => a.belop);
      return vurderAvdrag(regler(policy), {
        status: faktura.status,
        utestaendeBelop: utestaendeBelop(faktura),
        sendtTilEkstern: faktura.sendtTilEkstern,
        antallAvdrag,
        minsteAvdrag: Math.min(...belop),
        harPlan: (await antallTidligere(tx, faktura.id, "AVDRAG")) > 0,
        planKansellert: faktura.avdragKansellert != null,
      });
    },
  };
}
