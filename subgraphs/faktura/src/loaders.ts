import type { Principal } from "@minkommune/auth";
import { isUuid } from "@minkommune/subgraph-kit";
import DataLoader from "dataloader";
import { type FakturaDb, fakturaerByIds } from "./db/fakturaer.ts";
import type { FakturaRow } from "./db/rows.ts";

/** Per-request batching, so N entity references cost one query, not N. */
export interface Loaders {
  /** Invoices by id, null when missing or not visible to the caller at their login level. */
  faktura: DataLoader<string, FakturaRow | null>;
}

/** Loaders for one request by `principal`; only citizens see invoices here. */
export function createLoaders(db: FakturaDb, principal: Principal): Loaders {
  return {
    faktura: new DataLoader(async (ids) => {
      if (principal.type !== "innbygger") return ids.map(() => null);
      const rows = await fakturaerByIds(
        db,
        { pid: principal.pid, niva: principal.niva },
        // Postgres rejects a malformed uuid with an error; such keys are simply not found.
        ids.filter(isUuid),
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      // Postgres returns uuids in lower case; keys may arrive in any case.
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
