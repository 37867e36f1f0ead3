import type { Database } from "@minkommune/db";
import type * as schema from "./schema.ts";

/** The database of this subgraph, on either driver. */
export type OppgaveDb = Database<typeof schema>;
