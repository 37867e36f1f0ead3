import type { Database } from "@minkommune/db";
import { isUuid } from "@minkommune/subgraph-kit";
import DataLoader from "dataloader";
import { tjenesterForKommuner } from "./db/kommunale-tjenester.ts";
import { findKommuner } from "./db/kommuner.ts";
import { findMeldinger, type MeldingRow } from "./db/meldinger.ts";
import type { InnsynSchema, KommunalTjenesteRow, KommuneRow } from "./db/schema.ts";
import type { Innsyner } from "./db/synlighet.ts";

/** Per-request batching: every entity kind is fetched with one query per request tick. */
export interface Loaders {
  kommune: DataLoader<string, KommuneRow | null>;
  /** Each municipality's service links, favourites first (public, like the municipality itself). */
  kommunaleTjenester: DataLoader<string, KommunalTjenesteRow[]>;
  /** Meldinger visible to the caller (null for everyone else and for non-citizens). */
  melding: DataLoader<string, MeldingRow | null>;
}

function byKey<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k.toLowerCase()) ?? null);
}

/** Creates the loaders for one request; `innsyner` is null when the caller is not a citizen. */
export function createLoaders(db: Database<InnsynSchema>, innsyner: () => Promise<Innsyner | null>): Loaders {
  return {
    kommune: new DataLoader(async (ids) => {
      const rows = await findKommuner(db, ids.filter(isUuid));
      return byKey(rows, (r) => r.fiksOrgId, ids);
    }),
    kommunaleTjenester: new DataLoader(async (ids) => {
      const rows = await tjenesterForKommuner(db, ids.filter(isUuid));
      return ids.map((id) => rows.filter((row) => row.fiksOrgId === id.toLowerCase()));
    }),
    melding: new DataLoader(async (ids) => {
      const viewer = await innsyner();
      if (!viewer) return ids.map(() => null);
      const rows = await findMeldinger(db, viewer, ids.filter(isUuid));
      return byKey(rows, (r) => r.meldingId, ids);
    }),
  };
}
