import type { Principal } from "@minkommune/auth";
import { isUuid } from "@minkommune/subgraph-kit";
import DataLoader from "dataloader";
import type { OppgaveDb } from "./db/database.ts";
import { oppgaverByIds } from "./db/innbygger-oppgaver.ts";
import type { OppgaveForInnbyggerRow } from "./db/rows.ts";

/** Per-request batching, so N entity references cost one query, not N. */
export interface Loaders {
  /** Oppgaver by id with the caller's own status; null unless the caller is a recipient. */
  oppgave: DataLoader<string, OppgaveForInnbyggerRow | null>;
}

/** Loaders for one request by `principal`; only citizens see oppgaver through entity references. */
export function createLoaders(db: OppgaveDb, principal: Principal): Loaders {
  return {
    oppgave: new DataLoader(async (ids) => {
      if (principal.type !== "innbygger") return ids.map(() => null);
      // Postgres rejects a malformed uuid with an error; such keys are simply not found.
      const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
      const rows = await oppgaverByIds(db, principal.pid, valid);
      const byId = new Map(rows.map((row) => [row.id, row]));
      // Postgres returns uuids in lower case; keys may arrive in any case.
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
