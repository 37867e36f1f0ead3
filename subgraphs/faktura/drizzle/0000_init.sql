-- IF NOT EXISTS: safe whichever schema the migrator keeps its own bookkeeping in.
CREATE SCHEMA IF NOT EXISTS "faktura";
--> statement-breakpoint
CREATE TYPE "faktura"."faktura_status" AS ENUM('BETALT', 'IKKE_BETALT', 'INKASSOVARSEL', 'SENDT_INKASSO', 'INKASSO');--> statement-breakpoint
CREATE TYPE "faktura"."forsendelseskanal" AS ENUM('AVTALEGIRO', 'EFAKTURA', 'POST', 'EPOST', 'DIGIPOST', 'EBOKS');--> statement-breakpoint
CREATE TABLE "faktura"."faktura" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fiks_org_id" uuid NOT NULL,
	"integrasjon_id" uuid NOT NULL,
	"eksponert_for" text NOT NULL,
	"sikkerhetsniva" smallint NOT NULL,
	"tittel" text NOT NULL,
	"faktura_dato" date NOT NULL,
	"forfall_dato" date NOT NULL,
	"status" "faktura"."faktura_status" NOT NULL,
	"faktura_mottaker" text NOT NULL,
	"betales_til" text NOT NULL,
	"belop" bigint DEFAULT 0 NOT NULL,
	"innbetalt_belop" bigint DEFAULT 0 NOT NULL,
	"gebyr" bigint DEFAULT 0 NOT NULL,
	"renter" bigint DEFAULT 0 NOT NULL,
	"andre_omkostninger" bigint DEFAULT 0 NOT NULL,
	"kreditert_belop" bigint DEFAULT 0 NOT NULL,
	"kontonummer" text,
	"kid" text,
	"fakturanummer" text,
	"forsendelseskanal" "faktura"."forsendelseskanal",
	"kan_betales" boolean NOT NULL,
	"korrigert" boolean DEFAULT false NOT NULL,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	"changed" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "faktura_sikkerhetsniva_check" CHECK ("faktura"."faktura"."sikkerhetsniva" in (3, 4)),
	CONSTRAINT "faktura_belop_ikke_negative" CHECK ("faktura"."faktura"."belop" >= 0 and "faktura"."faktura"."innbetalt_belop" >= 0 and "faktura"."faktura"."gebyr" >= 0 and "faktura"."faktura"."renter" >= 0 and "faktura"."faktura"."andre_omkostninger" >= 0 and "faktura"."faktura"."kreditert_belop" >= 0),
	CONSTRAINT "faktura_kontonummer_format" CHECK ("faktura"."faktura"."kontonummer" ~ '^[0-9]{11}$'),
	CONSTRAINT "faktura_kid_format" CHECK ("faktura"."faktura"."kid" ~ '^[0-9]{1,24}[0-9-]$')
);
--> statement-breakpoint
CREATE INDEX "faktura_eksponert_for_idx" ON "faktura"."faktura" USING btree ("eksponert_for","forfall_dato","id");--> statement-breakpoint
CREATE INDEX "faktura_fiks_org_integrasjon_idx" ON "faktura"."faktura" USING btree ("fiks_org_id","integrasjon_id");