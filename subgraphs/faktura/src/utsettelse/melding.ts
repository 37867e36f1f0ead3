import type { FakturaRow, UtsettelseRow } from "../db/rows.ts";

/**
 * What every message to a municipality's endpoints starts with: its type (by the kind of
 * request: "betalingsutsettelse.*" or "avdrag.*"), the request id receivers de-duplicate on, and
 * the invoice as the invoicing system knows it. No person id: the invoice identifies the debtor.
 */
export function meldingshode(
  request: UtsettelseRow,
  faktura: FakturaRow,
  hendelse: "foresporsel" | "besluttet" | "kansellert",
) {
  return {
    type: `${request.gjelder === "AVDRAG" ? "avdrag" : "betalingsutsettelse"}.${hendelse}`,
    id: request.id,
    fiksOrgId: faktura.fiksOrgId,
    meldingId: faktura.meldingId,
    fakturanummer: faktura.fakturanummer,
  };
}

/** The instalments of an avdrag request, as a field to spread into a message; nothing otherwise. */
export const avdragFelt = (request: UtsettelseRow) => (request.avdrag ? { avdrag: request.avdrag } : {});
