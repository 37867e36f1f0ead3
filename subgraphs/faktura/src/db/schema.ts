import { jobTable } from "@minkommune/jobs";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  jsonb,
  pgSchema,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Avdrag } from "../domain/avdrag.ts";
import type { HistoriskFaktura, Kontaktinformasjon, Lenke } from "../domain/faktura-felter.ts";

/** The Postgres schema the Faktura subgraph owns; no other deployable reads it. */
export const fakturaSchema = pgSchema("faktura");

/** Invoice status, as in fakturaV1. */
export const fakturaStatus = fakturaSchema.enum("faktura_status", [
  "BETALT",
  "IKKE_BETALT",
  "INKASSOVARSEL",
  "SENDT_INKASSO",
  "INKASSO",
]);

/** The channel the invoice was sent through, as in fakturaV1. */
export const forsendelseskanal = fakturaSchema.enum("forsendelseskanal", [
  "AVTALEGIRO",
  "EFAKTURA",
  "POST",
  "EPOST",
  "DIGIPOST",
  "EBOKS",
]);

/** Who an invoice is shown to: one person, or every holder of rights to one property. */
export const identifikatorType = fakturaSchema.enum("identifikator_type", ["FODSELSNUMMER", "MATRIKKELNUMMER"]);

/** Whole øre; "number" mode is exact up to 2^53 øre, far beyond any invoice. */
const ore = (name: string) => bigint(name, { mode: "number" }).notNull().default(0);

/**
 * One invoice (fakturaV1) exposed to one citizen or one property. `id` is ours; `meldingId` is
 * the fagsystem's and unique per integration, so two integrations never collide on it.
 * totalbelop and utestaendeBelop are derived, never stored, so they cannot disagree.
 */
export const faktura = fakturaSchema.table(
  "faktura",
  {
    id: uuid("id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    integrasjonId: uuid("integrasjon_id").notNull(),
    meldingId: uuid("melding_id").notNull(),
    eksponertForType: identifikatorType("eksponert_for_type").notNull().default("FODSELSNUMMER"),
    /** The fødselsnummer/D-nummer, or the matrikkelnummer, the invoice is exposed to. */
    eksponertFor: text("eksponert_for").notNull(),
    sikkerhetsniva: smallint("sikkerhetsniva").notNull(),
    tittel: text("tittel").notNull(),
    fakturaDato: date("faktura_dato", { mode: "string" }).notNull(),
    forfallDato: date("forfall_dato", { mode: "string" }).notNull(),
    status: fakturaStatus("status").notNull(),
    fakturaMottaker: text("faktura_mottaker").notNull(),
    betalesTil: text("betales_til").notNull(),
    belop: ore("belop"),
    innbetaltBelop: ore("innbetalt_belop"),
    gebyr: ore("gebyr"),
    renter: ore("renter"),
    andreOmkostninger: ore("andre_omkostninger"),
    kreditertBelop: ore("kreditert_belop"),
    kontonummer: text("kontonummer"),
    kid: text("kid"),
    fakturanummer: text("fakturanummer"),
    forsendelseskanal: forsendelseskanal("forsendelseskanal"),
    kanBetales: boolean("kan_betales").notNull(),
    korrigert: boolean("korrigert").notNull().default(false),
    pdfUrl: text("pdf_url"),
    pdfTittel: text("pdf_tittel"),
    fakturahistorikk: jsonb("fakturahistorikk").$type<HistoriskFaktura[]>().notNull().default([]),
    vedlegg: jsonb("vedlegg").$type<Lenke[]>().notNull().default([]),
    lenker: jsonb("lenker").$type<Lenke[]>().notNull().default([]),
    kontaktinformasjon: jsonb("kontaktinformasjon").$type<Kontaktinformasjon>(),
    kontaktinformasjonInkasso: jsonb("kontaktinformasjon_inkasso").$type<Kontaktinformasjon>(),
    sendtTilEkstern: boolean("sendt_til_ekstern").notNull().default(false),
    eksternLenke: jsonb("ekstern_lenke").$type<Lenke>(),
    beskrivelse: text("beskrivelse"),
    /** The instalments of a granted avdrag request; null when the invoice is paid in one (or the plan was cancelled). */
    avdragsplan: jsonb("avdragsplan").$type<Avdrag[]>(),
    /**
     * innbetaltBelop when the plan was asked for: what is paid beyond it is applied to the
     * instalments in order (see src/domain/avdragsplan.ts). Set exactly when avdragsplan is.
     */
    avdragInnbetaltFor: bigint("avdrag_innbetalt_for", { mode: "number" }),
    /** When the invoicing system cancelled the plan; from then on forfallDato alone decides. */
    avdragKansellert: timestamp("avdrag_kansellert", { withTimezone: true, mode: "date" }),
    created: timestamp("created", { withTimezone: true }).notNull().defaultNow(),
    changed: timestamp("changed", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The citizen's list: every query filters on the person and orders by due date.
    index("faktura_eksponert_for_idx").on(t.eksponertFor, t.forfallDato, t.id),
    index("faktura_fiks_org_integrasjon_idx").on(t.fiksOrgId, t.integrasjonId),
    // Idempotency of registrerFaktura: one invoice per meldingId and integration.
    uniqueIndex("faktura_integrasjon_melding_idx").on(t.integrasjonId, t.meldingId),
    check("faktura_sikkerhetsniva_check", sql`${t.sikkerhetsniva} in (3, 4)`),
    check(
      "faktura_belop_ikke_negative",
      sql`${t.belop} >= 0 and ${t.innbetaltBelop} >= 0 and ${t.gebyr} >= 0 and ${t.renter} >= 0 and ${t.andreOmkostninger} >= 0 and ${t.kreditertBelop} >= 0`,
    ),
    check("faktura_kontonummer_format", sql`${t.kontonummer} ~ '^[0-9]{11}$'`),
    check("faktura_kid_format", sql`${t.kid} ~ '^[0-9]{1,24}[0-9-]$'`),
  ],
);

/** A payment the fagsystem reported; `referanse` makes reporting it again harmless. */
export const innbetaling = fakturaSchema.table(
  "innbetaling",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fakturaId: uuid("faktura_id")
      .notNull()
      .references(() => faktura.id, { onDelete: "cascade" }),
    referanse: text("referanse").notNull(),
    belop: bigint("belop", { mode: "number" }).notNull(),
    dato: date("dato", { mode: "string" }).notNull(),
    created: timestamp("created", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("innbetaling_faktura_referanse_idx").on(t.fakturaId, t.referanse),
    check("innbetaling_belop_positivt", sql`${t.belop} > 0`),
  ],
);

/** What happened to an invoice, shown to the citizen as its history. */
export const hendelseType = fakturaSchema.enum("hendelse_type", [
  "REGISTRERT",
  "OPPDATERT",
  "INNBETALING",
  "BETALINGSUTSETTELSE_INNVILGET",
  "AVDRAG_INNVILGET",
  "AVDRAG_KANSELLERT",
  "AVDRAG_FULLFORT",
]);

/** One change to an invoice: who caused it is implied by the type, what changed by the columns. */
export const fakturaHendelse = fakturaSchema.table(
  "faktura_hendelse",
  {
    /** Arrival order, so entries written in the same instant still sort as they happened. */
    nr: bigint("nr", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    fakturaId: uuid("faktura_id")
      .notNull()
      .references(() => faktura.id, { onDelete: "cascade" }),
    type: hendelseType("type").notNull(),
    tidspunkt: timestamp("tidspunkt", { withTimezone: true, mode: "date" }).notNull(),
    /** The amount paid (INNBETALING). */
    belop: bigint("belop", { mode: "number" }),
    /** The due date after the change. */
    forfallDato: date("forfall_dato", { mode: "string" }),
    status: fakturaStatus("status"),
    /** Why, when the change came with a reason (AVDRAG_KANSELLERT). */
    arsak: text("arsak"),
  },
  (t) => [index("faktura_hendelse_faktura_idx").on(t.fakturaId, t.nr)],
);

/**
 * A municipality's rules for betalingsutsettelse. Without a row the municipality does not
 * offer it. `hemmelighet` signs requests and events to the municipality's endpoints (HMAC-SHA256).
 */
export const utsettelsePolicy = fakturaSchema.table(
  "betalingsutsettelse_policy",
  {
    fiksOrgId: uuid("fiks_org_id").primaryKey(),
    maksDager: smallint("maks_dager").notNull(),
    maksAntallPerFaktura: smallint("maks_antall_per_faktura").notNull(),
    ikkeEtterSendtInkasso: boolean("ikke_etter_sendt_inkasso").notNull(),
    minimumBelop: bigint("minimum_belop", { mode: "number" }).notNull().default(0),
    fagsystemBestemmer: boolean("fagsystem_bestemmer").notNull(),
    /** Where the invoicing system is asked, when it decides. */
    fagsystemUrl: text("fagsystem_url"),
    /** Where decisions are sent as signed events; none when unset. */
    webhookUrl: text("webhook_url"),
    hemmelighet: text("hemmelighet"),
    /** Avdrag: offered at all, into at most how many instalments, each at least how many øre. */
    avdragTillatt: boolean("avdrag_tillatt").notNull().default(false),
    maksAntallAvdrag: smallint("maks_antall_avdrag").notNull().default(0),
    minimumAvdragBelop: bigint("minimum_avdrag_belop", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    check(
      "policy_tall_ikke_negative",
      sql`${t.maksDager} >= 0 and ${t.maksAntallPerFaktura} >= 0 and ${t.minimumBelop} >= 0`,
    ),
    check("policy_avdrag_ikke_negative", sql`${t.maksAntallAvdrag} >= 0 and ${t.minimumAvdragBelop} >= 0`),
    check(
      "policy_fagsystem_har_adresse",
      sql`not ${t.fagsystemBestemmer} or (${t.fagsystemUrl} is not null and ${t.hemmelighet} is not null)`,
    ),
    check("policy_webhook_har_hemmelighet", sql`${t.webhookUrl} is null or ${t.hemmelighet} is not null`),
  ],
);

/** Where a betalingsutsettelse request stands. */
export const utsettelseStatus = fakturaSchema.enum("betalingsutsettelse_status", [
  "UNDER_BEHANDLING",
  "INNVILGET",
  "AVSLATT",
]);

/** What a citizen asked for: a later due date, or the invoice split into instalments. */
export const foresporselType = fakturaSchema.enum("foresporsel_type", ["UTSETTELSE", "AVDRAG"]);

/** Who decided a request. */
export const beslutter = fakturaSchema.enum("beslutter", ["POLICY", "FAGSYSTEM"]);

/**
 * One citizen request on an invoice: to move its due date (UTSETTELSE) or to split it into
 * instalments (AVDRAG, where onsketForfallDato is the last instalment's due date). Asking for the
 * same again is the same request (unique per invoice, kind and date), so a double click or two
 * tabs make one row.
 */
export const betalingsutsettelse = fakturaSchema.table(
  "betalingsutsettelse",
  {
    id: uuid("id").primaryKey(),
    /** Arrival order: the fagsystem's list pages by it. */
    nr: bigint("nr", { mode: "number" }).notNull().unique().generatedAlwaysAsIdentity(),
    fakturaId: uuid("faktura_id")
      .notNull()
      .references(() => faktura.id, { onDelete: "cascade" }),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    integrasjonId: uuid("integrasjon_id").notNull(),
    gjelder: foresporselType("gjelder").notNull().default("UTSETTELSE"),
    /** The instalments asked for (AVDRAG); they add up to what was owed when asked. */
    avdrag: jsonb("avdrag").$type<Avdrag[]>(),
    /** The invoice's innbetaltBelop when avdrag was asked for: payments beyond it pay the instalments. */
    innbetaltFor: bigint("innbetalt_for", { mode: "number" }),
    /** The fødselsnummer of the citizen who asked; never leaves this subgraph in a log. */
    bedtAv: text("bedt_av").notNull(),
    idempotencyKey: text("idempotency_key"),
    forfallDatoFor: date("forfall_dato_for", { mode: "string" }).notNull(),
    onsketForfallDato: date("onsket_forfall_dato", { mode: "string" }).notNull(),
    status: utsettelseStatus("status").notNull(),
    /** The reason code when AVSLATT (see src/domain/avslag.ts). */
    arsak: text("arsak"),
    besluttetAv: beslutter("besluttet_av"),
    created: timestamp("created", { withTimezone: true, mode: "date" }).notNull(),
    besluttet: timestamp("besluttet", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("betalingsutsettelse_faktura_gjelder_dato_idx").on(t.fakturaId, t.gjelder, t.onsketForfallDato),
    uniqueIndex("betalingsutsettelse_faktura_nokkel_idx").on(t.fakturaId, t.idempotencyKey),
    // The fagsystem's list: its requests in order of arrival.
    index("betalingsutsettelse_integrasjon_idx").on(t.fiksOrgId, t.integrasjonId, t.nr),
  ],
);

/** Durable background work of this subgraph (asking the invoicing system again, sending events). */
export const job = jobTable(fakturaSchema);
