import type { Database } from "@minkommune/db";
import type { BaseContext } from "@minkommune/subgraph-kit";
import type { InnsynSchema } from "./db/schema.ts";
import type { Innsyner } from "./db/synlighet.ts";
import type { Loaders } from "./loaders.ts";

/** What Innsyn resolvers get per request. */
export interface Context extends BaseContext {
  db: Database<InnsynSchema>;
  loaders: Loaders;
  /** The signed-in citizen with the rights the access source gives; FORBIDDEN for other callers. Memoised. */
  innsyner(): Promise<Innsyner>;
}
