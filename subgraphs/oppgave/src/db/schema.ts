import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/** The Postgres schema the Oppgave subgraph owns; no other deployable reads it. */
export const oppgaveSchema = pgSchema("oppgave");

/** Per-recipient status, as KS spells it: NY (not done) or FULLFORT. */
export const oppgaveStatus = oppgaveSchema.enum("oppgave_status", ["NY", "FULLFORT"]);

/** When the oppgave as a whole is done: when any recipient is, or when all are. */
export const utfortKriterie = oppgaveSchema.enum("utfort_kriterie", ["ANY", "ALL"]);

/** Languages an oppgave may be written in (the KS spec's sprak). */
export const sprak = oppgaveSchema.enum("sprak", ["nb", "nn", "en", "se"]);

/** A change of the overall state: the oppgave became done, or a recipient went back to NY and reopened it. */
export const oppgaveHendelseType = oppgaveSchema.enum("oppgave_hendelse_type", ["FULLFORT", "GJENAPNET"]);

// Millisecond precision, so an instant survives the trip through a JavaScript Date in a cursor.
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 }).notNull().defaultNow();

/**
 * One task a fagsystem gave one or more citizens. antall_mottakere and antall_fullfort are kept
 * by triggers on mottaker (see the mottaker_tellere migration), so the overall state is O(1);
 * fullfort_tidspunkt follows from them.
 */
export const oppgave = oppgaveSchema.table(
  "oppgave",
  {
    id: uuid("id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    /** The integration that created the oppgave; only it may read it back. */
    integrasjonId: uuid("integrasjon_id").notNull(),
    tittel: text("tittel").notNull(),
    beskrivelse: text("beskrivelse").notNull(),
    handling: text("handling").notNull(),
    url: text("url").notNull(),
    frist: date("frist", { mode: "string" }),
    utfortKriterie: utfortKriterie("utfort_kriterie").notNull(),
    sprak: sprak("sprak"),
    metadata: text("metadata"),
    purringIntervallDager: integer("purring_intervall_dager").notNull().default(0),
    antallMottakere: integer("antall_mottakere").notNull().default(0),
    antallFullfort: integer("antall_fullfort").notNull().default(0),
    /**
     * When the overall state last became done; null while not done. Set and cleared by a
     * trigger on oppgave from the counters (see the fullfort_tidspunkt migration), never by code.
     */
    fullfortTidspunkt: timestamp("fullfort_tidspunkt", { withTimezone: true, precision: 3 }),
    created: instant("created"),
    changed: instant("changed"),
  },
  (t) => [
    // Query.oppgave looks a task up by id within one integration and municipality.
    index("oppgave_fiks_org_integrasjon_idx").on(t.fiksOrgId, t.integrasjonId),
    check("oppgave_purring_intervall_check", sql`${t.purringIntervallDager} >= 0`),
    check("oppgave_antall_check", sql`${t.antallFullfort} between 0 and ${t.antallMottakere}`),
  ],
);

/** One recipient of an oppgave and that recipient's own status. */
export const mottaker = oppgaveSchema.table(
  "mottaker",
  {
    oppgaveId: uuid("oppgave_id")
      .notNull()
      .references(() => oppgave.id, { onDelete: "cascade" }),
    /** Fødselsnummer or D-nummer; never leaves this subgraph except to the creating integration. */
    personId: text("person_id").notNull(),
    status: oppgaveStatus("status").notNull().default("NY"),
    statusEndret: instant("status_endret"),
  },
  (t) => [
    primaryKey({ columns: [t.oppgaveId, t.personId] }),
    // The citizen's list starts from their person id.
    index("mottaker_person_idx").on(t.personId, t.oppgaveId),
    // "Fullført av en annen mottaker": the earliest completions of one oppgave without reading every recipient.
    index("mottaker_fullfort_idx").on(t.oppgaveId, t.statusEndret).where(sql`${t.status} = 'FULLFORT'`),
    check("mottaker_person_id_format", sql`${t.personId} ~ '^[0-9]{11}$'`),
  ],
);

/**
 * Idempotency-Key of opprettOppgave, scoped to one integration in one municipality. The hash
 * of the checked request tells a retry (same id back) from a reused key (CONFLICT).
 */
export const opprettIdempotens = oppgaveSchema.table(
  "opprett_idempotens",
  {
    fiksOrgId: uuid("fiks_org_id").notNull(),
    integrasjonId: uuid("integrasjon_id").notNull(),
    nokkel: text("nokkel").notNull(),
    /** SHA-256 (hex) of the canonical checked request. */
    foresporselHash: text("foresporsel_hash").notNull(),
    oppgaveId: uuid("oppgave_id")
      .notNull()
      .references(() => oppgave.id, { onDelete: "cascade" }),
    created: instant("created"),
  },
  (t) => [primaryKey({ columns: [t.fiksOrgId, t.integrasjonId, t.nokkel] })],
);

/**
 * One row per change of an oppgave's overall state, written by a trigger when
 * fullfort_tidspunkt changes, so concurrent completions leave exactly one FULLFORT row.
 */
export const oppgaveHendelse = oppgaveSchema.table(
  "oppgave_hendelse",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    oppgaveId: uuid("oppgave_id")
      .notNull()
      .references(() => oppgave.id, { onDelete: "cascade" }),
    hendelse: oppgaveHendelseType("hendelse").notNull(),
    tidspunkt: instant("tidspunkt"),
  },
  (t) => [index("oppgave_hendelse_oppgave_idx").on(t.oppgaveId, t.id)],
);

/**
 * The citizen's notification choices, one row per person who changed them; no row means the
 * defaults. Keyed by the person id because the reminder worker reads it by recipient.
 */
export const varslingsvalg = oppgaveSchema.table(
  "varslingsvalg",
  {
    personId: text("person_id").primaryKey(),
    epostPurring: boolean("epost_purring").notNull().default(true),
    endret: instant("endret"),
  },
  (t) => [check("varslingsvalg_person_id_format", sql`${t.personId} ~ '^[0-9]{11}$'`)],
);

/** Reminder scheduling: the job queue and one row per reminder sent (see src/purring). */
export { job, purring } from "../purring/tables.ts";
