import { jobTable } from "@minkommune/jobs";
import { type SQL, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
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
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Who a melding is exposed to (KS eksponertFor.identifikatorType). */
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

/**
 * An indexed melding of any versjon. The validated metadata is kept whole in `metadata`;
 * the columns beside it are what lists, filters and search need without reading the JSON.
 */
export const melding = innsyn.table(
  "melding",
  {
    meldingId: uuid("melding_id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    /** The integration that indexed the melding: the only one that may change or delete it. */
    integrasjonId: uuid("integrasjon_id").notNull(),
    versjon: text("versjon").notNull(),
    /** The Fiks meldingType (forsendelse, mappe, journalpost, innsendtskjema, skjemakladd). */
    meldingType: text("melding_type").notNull().default("forsendelse"),
    eksponertForType: eksponertForType("eksponert_for_type").notNull(),
    eksponertForVerdi: text("eksponert_for_verdi"),
    sikkerhetsniva: smallint("sikkerhetsniva").notNull(),
    tittel: text("tittel").notNull(),
    avsender: text("avsender"),
    /** The sort date (Fiks sorteringDato): sendtDato, journaldato, innsendtdato, … by versjon. */
    sendtDato: timestamp("sendt_dato", { withTimezone: true, mode: "date" }).notNull(),
    svarLenke: text("svar_lenke"),
    eksternRef: text("ekstern_ref"),
    tilgjengeligTil: timestamp("tilgjengelig_til", { withTimezone: true, mode: "date" }),
    korrelasjonId: text("korrelasjon_id"),
    forelderId: uuid("forelder_id"),
    forelderType: text("forelder_type"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    /** Free text beyond tittel that search covers: avsender, beskrivelse, parter, document titles. */
    sokTekst: text("sok_tekst").notNull().default(""),
    sokVektor: tsvector("sok_vektor").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('norwegian', ${melding.tittel}), 'A') || to_tsvector('norwegian', ${melding.sokTekst})`,
    ),
    /** Marked by an asynchronous delete; invisible at once, removed by the sweeper. */
    slettes: boolean("slettes").notNull().default(false),
    opprettet: timestamp("opprettet", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    oppdatert: timestamp("oppdatert", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("melding_eksponert_idx").on(t.eksponertForType, t.eksponertForVerdi, t.sendtDato.desc(), t.meldingId),
    index("melding_forelder_idx").on(t.forelderId),
    index("melding_ekstern_ref_idx").on(t.integrasjonId, t.fiksOrgId, t.eksternRef),
    index("melding_tilgjengelig_til_idx").on(t.tilgjengeligTil).where(sql`${t.tilgjengeligTil} is not null`),
    index("melding_slettes_idx").on(t.meldingId).where(sql`${t.slettes}`),
  ],
);

/** Per-citizen state for a melding: read, archived and first seen. No row means none of them. */
export const meldingsstatus = innsyn.table(
  "meldingsstatus",
  {
    meldingId: uuid("melding_id")
      .notNull()
      .references(() => melding.meldingId, { onDelete: "cascade" }),
    personId: text("person_id").notNull(),
    lestTidspunkt: timestamp("lest_tidspunkt", { withTimezone: true, mode: "date" }),
    arkivertTidspunkt: timestamp("arkivert_tidspunkt", { withTimezone: true, mode: "date" }),
    forstSett: timestamp("forst_sett", { withTimezone: true, mode: "date" }),
  },
  (t) => [primaryKey({ columns: [t.meldingId, t.personId] })],
);

/** The citizen's logins as the web app reports them, for "nytt siden sist". */
export const innlogging = innsyn.table("innlogging", {
  personId: text("person_id").primaryKey(),
  sisteInnlogging: timestamp("siste_innlogging", { withTimezone: true, mode: "date" }).notNull(),
  forrigeInnlogging: timestamp("forrige_innlogging", { withTimezone: true, mode: "date" }),
});

/**
 * Document metadata of the PostgreSQL document store (the Dokumentlager port's local adapter).
 * A document belongs to the integration that uploaded it; meldinger reach it through melding_dokument.
 */
export const dokument = innsyn.table(
  "dokument",
  {
    dokumentId: uuid("dokument_id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    integrasjonId: uuid("integrasjon_id").notNull(),
    dokumentnavn: text("dokumentnavn").notNull(),
    mimeType: text("mime_type").notNull(),
    storrelse: bigint("storrelse", { mode: "number" }).notNull(),
    /** Hex SHA-256 of the whole content, computed on upload and checked on every read. */
    sha256: text("sha256").notNull(),
    sikkerhetsniva: smallint("sikkerhetsniva").notNull(),
    korrelasjonsid: text("korrelasjonsid"),
    tilgjengeligTil: timestamp("tilgjengelig_til", { withTimezone: true, mode: "date" }),
    opprettet: timestamp("opprettet", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("dokument_eier_idx").on(t.fiksOrgId, t.integrasjonId),
    index("dokument_tilgjengelig_til_idx").on(t.tilgjengeligTil).where(sql`${t.tilgjengeligTil} is not null`),
  ],
);

/**
 * A document's content in parts of at most DOKUMENTDEL_BYTES, so a read holds one part at a
 * time in a query result instead of one value the size of the whole file.
 */
export const dokumentdel = innsyn.table(
  "dokumentdel",
  {
    dokumentId: uuid("dokument_id")
      .notNull()
      .references(() => dokument.dokumentId, { onDelete: "cascade" }),
    nr: integer("nr").notNull(),
    innhold: bytea("innhold").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dokumentId, t.nr] })],
);

/**
 * Which documents a melding links to (from its metadata's download links), kept on indexing.
 * No foreign key to dokument: a link may name a document that is gone or was never uploaded,
 * and then simply grants nothing.
 */
export const meldingDokument = innsyn.table(
  "melding_dokument",
  {
    meldingId: uuid("melding_id")
      .notNull()
      .references(() => melding.meldingId, { onDelete: "cascade" }),
    dokumentId: uuid("dokument_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meldingId, t.dokumentId] }),
    index("melding_dokument_dokument_idx").on(t.dokumentId),
  ],
);

/**
 * A municipality's service link (KS kommunaltjenesteV1). rettetMot says who it is for; citizens
 * are shown PERSON and PERSON_OG_ORGANISASJON.
 */
export const kommunalTjeneste = innsyn.table(
  "kommunal_tjeneste",
  {
    tjenesteId: uuid("tjeneste_id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id")
      .notNull()
      .references(() => kommune.fiksOrgId, { onDelete: "cascade" }),
    tittel: text("tittel").notNull(),
    lenke: text("lenke").notNull(),
    rettetMot: text("rettet_mot").$type<"PERSON" | "ORGANISASJON" | "PERSON_OG_ORGANISASJON">().notNull(),
    favoritt: boolean("favoritt").notNull().default(false),
  },
  (t) => [
    index("kommunal_tjeneste_kommune_idx").on(t.fiksOrgId),
    check(
      "kommunal_tjeneste_rettet_mot_check",
      sql`${t.rettetMot} in ('PERSON', 'ORGANISASJON', 'PERSON_OG_ORGANISASJON')`,
    ),
    check("kommunal_tjeneste_lenke_check", sql`${t.lenke} ~ '^https://'`),
  ],
);

/** Innsyn's durable job queue (the sweeper that removes deleted and expired meldinger). */
export const job = jobTable(innsyn);

export const schema = {
  kommune,
  melding,
  meldingsstatus,
  innlogging,
  dokument,
  dokumentdel,
  meldingDokument,
  kommunalTjeneste,
  eksponertForType,
  job,
};
export type InnsynSchema = typeof schema;
export type KommuneRow = typeof kommune.$inferSelect;
export type MeldingRecord = typeof melding.$inferSelect;
export type DokumentRecord = typeof dokument.$inferSelect;
export type KommunalTjenesteRow = typeof kommunalTjeneste.$inferSelect;
