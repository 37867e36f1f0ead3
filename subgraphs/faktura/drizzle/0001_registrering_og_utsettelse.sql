CREATE TYPE "faktura"."beslutter" AS ENUM('POLICY', 'FAGSYSTEM');--> statement-breakpoint
CREATE TYPE "faktura"."hendelse_type" AS ENUM('REGISTRERT', 'OPPDATERT', 'INNBETALING', 'BETALINGSUTSETTELSE_INNVILGET');--> statement-breakpoint
CREATE TYPE "faktura"."identifikator_type" AS ENUM('FODSELSNUMMER', 'MATRIKKELNUMMER');--> statement-breakpoint
CREATE TYPE "faktura"."betalingsutsettelse_status" AS ENUM('UNDER_BEHANDLING', 'INNVILGET', 'AVSLATT');--> statement-breakpoint
CREATE TABLE "faktura"."betalingsutsettelse" (
	"id" uuid PRIMARY KEY NOT NULL,
	"nr" bigint GENERATED ALWAYS AS IDENTITY (sequence name "faktura"."betalingsutsettelse_nr_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"faktura_id" uuid NOT NULL,
	"fiks_org_id" uuid NOT NULL,
	"integrasjon_id" uuid NOT NULL,
	"bedt_av" text NOT NULL,
	"idempotency_key" text,
	"forfall_dato_for" date NOT NULL,
	"onsket_forfall_dato" date NOT NULL,
	"status" "faktura"."betalingsutsettelse_status" NOT NULL,
	"arsak" text,
	"besluttet_av" "faktura"."beslutter",
	"created" timestamp with time zone NOT NULL,
	"besluttet" timestamp with time zone,
	CONSTRAINT "betalingsutsettelse_nr_unique" UNIQUE("nr")
);
--> statement-breakpoint
CREATE TABLE "faktura"."faktura_hendelse" (
	"nr" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "faktura"."faktura_hendelse_nr_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"faktura_id" uuid NOT NULL,
	"type" "faktura"."hendelse_type" NOT NULL,
	"tidspunkt" timestamp with time zone NOT NULL,
	"belop" bigint,
	"forfall_dato" date,
	"status" "faktura"."faktura_status"
);
--> statement-breakpoint
CREATE TABLE "faktura"."innbetaling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"faktura_id" uuid NOT NULL,
	"referanse" text NOT NULL,
	"belop" bigint NOT NULL,
	"dato" date NOT NULL,
	"created" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innbetaling_belop_positivt" CHECK ("faktura"."innbetaling"."belop" > 0)
);
--> statement-breakpoint
CREATE TABLE "faktura"."job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"state" text DEFAULT 'ready' NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"locked_by" text,
	"last_error" text,
	"created" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished" timestamp (3) with time zone,
	CONSTRAINT "job_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "job_state_check" CHECK ("faktura"."job"."state" in ('ready', 'done', 'dead')),
	CONSTRAINT "job_attempts_check" CHECK ("faktura"."job"."attempts" >= 0 and "faktura"."job"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "faktura"."betalingsutsettelse_policy" (
	"fiks_org_id" uuid PRIMARY KEY NOT NULL,
	"maks_dager" smallint NOT NULL,
	"maks_antall_per_faktura" smallint NOT NULL,
	"ikke_etter_sendt_inkasso" boolean NOT NULL,
	"minimum_belop" bigint DEFAULT 0 NOT NULL,
	"fagsystem_bestemmer" boolean NOT NULL,
	"fagsystem_url" text,
	"webhook_url" text,
	"hemmelighet" text,
	CONSTRAINT "policy_tall_ikke_negative" CHECK ("faktura"."betalingsutsettelse_policy"."maks_dager" >= 0 and "faktura"."betalingsutsettelse_policy"."maks_antall_per_faktura" >= 0 and "faktura"."betalingsutsettelse_policy"."minimum_belop" >= 0),
	CONSTRAINT "policy_fagsystem_har_adresse" CHECK (not "faktura"."betalingsutsettelse_policy"."fagsystem_bestemmer" or ("faktura"."betalingsutsettelse_policy"."fagsystem_url" is not null and "faktura"."betalingsutsettelse_policy"."hemmelighet" is not null)),
	CONSTRAINT "policy_webhook_har_hemmelighet" CHECK ("faktura"."betalingsutsettelse_policy"."webhook_url" is null or "faktura"."betalingsutsettelse_policy"."hemmelighet" is not null)
);
--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "melding_id" uuid;--> statement-breakpoint
-- Until now the id was the fagsystem's meldingId; existing rows keep it as their meldingId.
UPDATE "faktura"."faktura" SET "melding_id" = "id";--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ALTER COLUMN "melding_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "eksponert_for_type" "faktura"."identifikator_type" DEFAULT 'FODSELSNUMMER' NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "pdf_url" text;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "pdf_tittel" text;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "fakturahistorikk" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "vedlegg" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "lenker" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "kontaktinformasjon" jsonb;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "kontaktinformasjon_inkasso" jsonb;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "sendt_til_ekstern" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "ekstern_lenke" jsonb;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "beskrivelse" text;--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse" ADD CONSTRAINT "betalingsutsettelse_faktura_id_faktura_id_fk" FOREIGN KEY ("faktura_id") REFERENCES "faktura"."faktura"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faktura"."faktura_hendelse" ADD CONSTRAINT "faktura_hendelse_faktura_id_faktura_id_fk" FOREIGN KEY ("faktura_id") REFERENCES "faktura"."faktura"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faktura"."innbetaling" ADD CONSTRAINT "innbetaling_faktura_id_faktura_id_fk" FOREIGN KEY ("faktura_id") REFERENCES "faktura"."faktura"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "betalingsutsettelse_faktura_dato_idx" ON "faktura"."betalingsutsettelse" USING btree ("faktura_id","onsket_forfall_dato");--> statement-breakpoint
CREATE UNIQUE INDEX "betalingsutsettelse_faktura_nokkel_idx" ON "faktura"."betalingsutsettelse" USING btree ("faktura_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "betalingsutsettelse_integrasjon_idx" ON "faktura"."betalingsutsettelse" USING btree ("fiks_org_id","integrasjon_id","nr");--> statement-breakpoint
CREATE INDEX "faktura_hendelse_faktura_idx" ON "faktura"."faktura_hendelse" USING btree ("faktura_id","nr");--> statement-breakpoint
CREATE UNIQUE INDEX "innbetaling_faktura_referanse_idx" ON "faktura"."innbetaling" USING btree ("faktura_id","referanse");--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "faktura"."job" USING btree ("run_at") WHERE "faktura"."job"."state" = 'ready';--> statement-breakpoint
CREATE UNIQUE INDEX "faktura_integrasjon_melding_idx" ON "faktura"."faktura" USING btree ("integrasjon_id","melding_id");