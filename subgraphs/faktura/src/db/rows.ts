import type { betalingsutsettelse, faktura, fakturaHendelse } from "./schema.ts";

/** One invoice as stored; the parent of every Faktura field resolver. */
export type FakturaRow = typeof faktura.$inferSelect;

/** An invoice to insert (seed now, the registration API later). */
export type NyFaktura = typeof faktura.$inferInsert;

/** One history entry of an invoice. */
export type HendelseRow = typeof fakturaHendelse.$inferSelect;

/** One betalingsutsettelse request as stored. */
export type UtsettelseRow = typeof betalingsutsettelse.$inferSelect;

/** A request with the invoice it moved and the language its reason is shown in. */
export interface UtsettelseSvar {
  request: UtsettelseRow;
  faktura: FakturaRow;
  sprak: "nb" | "nn" | "en" | "se";
}
