import { jobTable } from "@minkommune/jobs";
import { sql } from "drizzle-orm";
import { check, foreignKey, integer, pgSchema, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { mottaker } from "../db/schema.ts";
import type { IkkeVarsletArsak } from "../notification/port.ts";

// The same Postgres schema as src/db/schema.ts, which re-exports these tables. A handle of its
// own keeps this module from reading that one while it loads (mottaker is read lazily below).
const oppgaveSchema = pgSchema("oppgave");

/** The Oppgave subgraph's job queue (reminder rounds and batches). */
export const job = jobTable(oppgaveSchema);

/**
 * Where a reminder is: SENDER from the claim until the mail server accepted it, then SENDT;
 * IKKE_SENDT when the person could not be reached (see arsak). A SENDER row that stays after a
 * crash means the mail may or may not have gone out, and it is not sent again (at most once).
 */
export type PurringStatus = "SENDER" | "SENDT" | "IKKE_SENDT";

/** One reminder round for one recipient; the unique key is what makes sending at most once. */
export const purring = oppgaveSchema.table(
  "purring",
  {
    /** Also the source of the mail's Message-ID, so the id never carries the person id. */
    id: uuid("id").primaryKey().defaultRandom(),
    oppgaveId: uuid("oppgave_id").notNull(),
    personId: text("person_id").notNull(),
    /** 1 for the first reminder, N days after the oppgave was created. */
    runde: integer("runde").notNull(),
    status: text("status").$type<PurringStatus>().notNull(),
    arsak: text("arsak").$type<IkkeVarsletArsak>(),
    created: timestamp("created", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sendt: timestamp("sendt", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    unique("purring_oppgave_person_runde_key").on(t.oppgaveId, t.personId, t.runde),
    foreignKey({
      columns: [t.oppgaveId, t.personId],
      foreignColumns: [mottaker.oppgaveId, mottaker.personId],
    }).onDelete("cascade"),
    check("purring_status_check", sql`${t.status} in ('SENDER', 'SENDT', 'IKKE_SENDT')`),
    check("purring_runde_check", sql`${t.runde} >= 1`),
  ],
);
