import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, type PgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Where a job is in its life: waiting or running (see locked_until), finished, or given up. */
export type JobState = "ready" | "done" | "dead";

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * The queue table, created inside the owning subgraph's Postgres schema so that its own
 * migrations create it and no other deployable shares it. Include the result in the
 * subgraph's src/db/schema.ts exports and run drizzle-kit generate.
 */
export function jobTable(schema: PgSchema<string>, name = "job") {
  return schema.table(
    name,
    {
      id: uuid("id").primaryKey().defaultRandom(),
      /** Selects the handler. */
      type: text("type").notNull(),
      payload: jsonb("payload").$type<unknown>().notNull(),
      /** Unique while the row exists, so enqueueing the same key twice adds one job. */
      dedupeKey: text("dedupe_key").unique(),
      state: text("state").$type<JobState>().notNull().default("ready"),
      /** Not claimed before this instant; moved forward by backoff after a failure. */
      runAt: instant("run_at").notNull(),
      /** Claims so far; also the fencing token that lets only the current claim finish the job. */
      attempts: integer("attempts").notNull().default(0),
      maxAttempts: integer("max_attempts").notNull().default(5),
      /** A claimed job belongs to its worker until this instant; after it, any worker may take it. */
      lockedUntil: instant("locked_until"),
      lockedBy: text("locked_by"),
      lastError: text("last_error"),
      created: instant("created").notNull().defaultNow(),
      finished: instant("finished"),
    },
    (t) => [
      // The claim query scans only jobs that may still run, oldest due first.
      index(`${name}_due_idx`).on(t.runAt).where(sql`${t.state} = 'ready'`),
      check(`${name}_state_check`, sql`${t.state} in ('ready', 'done', 'dead')`),
      check(`${name}_attempts_check`, sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
    ],
  );
}

/** A queue table made by {@link jobTable}. */
export type JobTable = ReturnType<typeof jobTable>;

/** One row of a queue table. */
export type JobRow = JobTable["$inferSelect"];
