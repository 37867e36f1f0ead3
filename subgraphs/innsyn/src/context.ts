import type { Database } from "@minkommune/db";
import type { BaseContext } from "@minkommune/subgraph-kit";
import type { InnsynSchema } from "./db/schema.ts";
import type { Loaders } from "./loaders.ts";

/** What Innsyn resolvers get per request. */
export interface Context extends BaseContext {
  db: Database<InnsynSchema>;
  loaders: Loaders;
}
