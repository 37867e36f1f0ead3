import { sql } from "drizzle-orm";
import {
  bigint,
  customType,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/** Innsyn owns everything in the Postgres schema "innsyn". */
export const innsyn = pgSchema("innsyn");

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** Who a melding is exposed to (KS eksponertFor.type). */
export const eksponertForType = innsyn.enum("eksponert_for_type", [
  "FODSELSNUMMER",
  "ORGANISASJONSNUMMER",
  "MATRIKKELNUMMER",
  "OFFENTLIG",
]);

/** Municipalities (Fiks organisations) known to the platform. */
export const kommune = innsyn.table("kommune", {
  fiksOrgId: uuid("fiks_org_id").primaryKey(),
  kommunenummer: text("kommunenummer").notNull().unique(),
  navn: text("navn").notNull(),
  orgnr: text("orgnr").notNull(),
});

/** An indexed melding; this slice holds forsendelser (letters, versjon forsendelseV2). */
export const melding = innsyn.table(
  "melding",
  {
    meldingId: uuid("melding_id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    integrasjonId: uuid("integrasjon_id").notNull(),
    versjon: text("versjon").notNull(),
    eksponertForType: eksponertForType("eksponert_for_type").notNull(),
    eksponertForVerdi: text("eksponert_for_verdi"),
    sikkerhetsniva: smallint("sikkerhetsniva").notNull(),
    tittel: text("tittel").notNull(),
    avsender: text("avsender").notNull(),
    sendtDato: timestamp("sendt_dato", { withTimezone: true, mode: "date" }).notNull(),
    svarLenke: text("svar_lenke"),
    opprettet: timestamp("opprettet", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("melding_eksponert_idx").on(t.eksponertForType, t.eksponertForVerdi, t.sendtDato.desc(), t.meldingId)],
);

/** Per-citizen read state: a row means the citizen has read the melding. */
export const lesestatus = innsyn.table(
  "lesestatus",
  {
    meldingId: uuid("melding_id")
      .notNull()
      .references(() => melding.meldingId, { onDelete: "cascade" }),
    personId: text("person_id").notNull(),
    lestTidspunkt: timestamp("lest_tidspunkt", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meldingId, t.personId] })],
);

/** Documents attached to a melding, stored in Postgres (the storage port's local adapter). */
export const dokument = innsyn.table(
  "dokument",
  {
    dokumentId: uuid("dokument_id").primaryKey(),
    meldingId: uuid("melding_id")
      .notNull()
      .references(() => melding.meldingId, { onDelete: "cascade" }),
    rekkefolge: integer("rekkefolge").notNull(),
    tittel: text("tittel").notNull(),
    mimeType: text("mime_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    innhold: bytea("innhold").notNull(),
  },
  (t) => [index("dokument_melding_idx").on(t.meldingId, t.rekkefolge)],
);

export const schema = { kommune, melding, lesestatus, dokument, eksponertForType };
export type InnsynSchema = typeof schema;

export type KommuneRow = typeof kommune.$inferSelect;
/** A melding as resolvers see it: the row plus the caller's read state. */
export type MeldingRow = typeof melding.$inferSelect & { lest: boolean };
export type DokumentRow = Omit<typeof dokument.$inferSelect, "innhold">;

/** SQL fragment reused by queries: true when the melding is exposed to `pid`. */
export const exposedTo = (pid: string) =>
  sql`(${melding.eksponertForType} = 'OFFENTLIG' or (${melding.eksponertForType} = 'FODSELSNUMMER' and ${melding.eksponertForVerdi} = ${pid}))`;
