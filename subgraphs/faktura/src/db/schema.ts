import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, pgSchema, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

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

/** Whole øre; "number" mode is exact up to 2^53 øre, far beyond any invoice. */
const ore = (name: string) => bigint(name, { mode: "number" }).notNull().default(0);

/**
 * One invoice (fakturaV1) exposed to one citizen. `id` is the meldingId the fagsystem chose;
 * totalbelop and utestaendeBelop are derived, never stored, so they cannot disagree.
 */
export const faktura = fakturaSchema.table(
  "faktura",
  {
    id: uuid("id").primaryKey(),
    fiksOrgId: uuid("fiks_org_id").notNull(),
    integrasjonId: uuid("integrasjon_id").notNull(),
    /** The fødselsnummer or D-nummer of the citizen the invoice is exposed to. */
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
    created: timestamp("created", { withTimezone: true }).notNull().defaultNow(),
    changed: timestamp("changed", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The citizen's list: every query filters on the person and orders by due date.
    index("faktura_eksponert_for_idx").on(t.eksponertFor, t.forfallDato, t.id),
    index("faktura_fiks_org_integrasjon_idx").on(t.fiksOrgId, t.integrasjonId),
    check("faktura_sikkerhetsniva_check", sql`${t.sikkerhetsniva} in (3, 4)`),
    check(
      "faktura_belop_ikke_negative",
      sql`${t.belop} >= 0 and ${t.innbetaltBelop} >= 0 and ${t.gebyr} >= 0 and ${t.renter} >= 0 and ${t.andreOmkostninger} >= 0 and ${t.kreditertBelop} >= 0`,
    ),
    check("faktura_kontonummer_format", sql`${t.kontonummer} ~ '^[0-9]{11}$'`),
    check("faktura_kid_format", sql`${t.kid} ~ '^[0-9]{1,24}[0-9-]$'`),
  ],
);
