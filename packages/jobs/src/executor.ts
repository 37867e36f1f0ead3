import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * What the queue needs from a database or an open transaction, on either driver. Taking
 * only these methods lets callers pass their own typed `Database<TSchema>` or its `tx`.
 */
export type Executor = Pick<
  PgDatabase<PgQueryResultHKT, Record<string, unknown>>,
  "select" | "insert" | "update" | "delete"
>;

/** A database that can also open transactions: what a worker runs on. */
export interface TransactionalDatabase extends Executor {
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
}
