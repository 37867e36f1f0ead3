import type { Principal } from "@minkommune/auth";
import type { Database } from "@minkommune/db";
import { isUuid } from "@minkommune/subgraph-kit";
import DataLoader from "dataloader";
import { dokumenterFor, findForsendelser } from "./db/forsendelser.ts";
import { findKommuner } from "./db/kommuner.ts";
import type { DokumentRow, InnsynSchema, KommuneRow, MeldingRow } from "./db/schema.ts";

/** Per-request batching: every entity kind is fetched with one query per request tick. */
export interface Loaders {
  kommune: DataLoader<string, KommuneRow | null>;
  forsendelse: DataLoader<string, MeldingRow | null>;
  dokumenter: DataLoader<string, DokumentRow[]>;
}

function byKey<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Creates the loaders for one request and principal. */
export function createLoaders(db: Database<InnsynSchema>, principal: Principal): Loaders {
  return {
    kommune: new DataLoader(async (ids) => {
      const rows = await findKommuner(db, ids.filter(isUuid));
      return byKey(rows, (r) => r.fiksOrgId, ids);
    }),
    forsendelse: new DataLoader(async (ids) => {
      if (principal.type !== "innbygger") return ids.map(() => null);
      const rows = await findForsendelser(db, principal, ids.filter(isUuid));
      return byKey(rows, (r) => r.meldingId, ids);
    }),
    dokumenter: new DataLoader(async (meldingIds) => {
      const rows = await dokumenterFor(db, meldingIds);
      return meldingIds.map((id) => rows.filter((row) => row.meldingId === id));
    }),
  };
}
