import type { BaseContext } from "@minkommune/subgraph-kit";
import type { FakturaDb } from "./db/fakturaer.ts";
import type { Loaders } from "./loaders.ts";

/** What every Faktura resolver gets for one request. */
export interface Context extends BaseContext {
  db: FakturaDb;
  loaders: Loaders;
  /** Today's date in Europe/Oslo when the request arrived, so one request sees one "today". */
  iDag: string;
}
