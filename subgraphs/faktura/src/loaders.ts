import { isUuid } from "@minkommune/subgraph-kit";
import DataLoader from "dataloader";
import { type FakturaDb, fakturaerByIds, type Innsyn } from "./db/fakturaer.ts";
import { hendelserFor } from "./db/hendelser.ts";
import type { FakturaRow, HendelseRow } from "./db/rows.ts";

/** Per-request batching, so N entity references cost one query, not N. */
export interface Loaders {
  /** Invoices by id, null when missing or not visible to the caller at their login level. */
  faktura: DataLoader<string, FakturaRow | null>;
  /** The history of invoices the caller already holds (callers check access first). */
  hendelser: DataLoader<string, HendelseRow[]>;
}

/** Loaders for one request; only citizens (those with an `innsyn`) see invoices here. */
export function createLoaders(db: FakturaDb, innsyn: () => Promise<Innsyn | null>): Loaders {
  return {
    faktura: new DataLoader(async (ids) => {
      const synlig = await innsyn();
      if (!synlig) return ids.map(() => null);
      // Postgres rejects a malformed uuid with an error; such keys are simply not found.
      const rows = await fakturaerByIds(db, synlig, ids.filter(isUuid));
      const byId = new Map(rows.map((row) => [row.id, row]));
      // Postgres returns uuids in lower case; keys may arrive in any case.
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    hendelser: new DataLoader(async (ids) => {
      const byFaktura = await hendelserFor(db, ids);
      return ids.map((id) => byFaktura.get(id) ?? []);
    }),
  };
}
