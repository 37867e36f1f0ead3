import type { faktura } from "./schema.ts";

/** One invoice as stored; the parent of every Faktura field resolver. */
export type FakturaRow = typeof faktura.$inferSelect;

/** An invoice to insert (seed now, the registration API later). */
export type NyFaktura = typeof faktura.$inferInsert;
