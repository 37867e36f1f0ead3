CREATE TYPE "faktura"."foresporsel_type" AS ENUM('UTSETTELSE', 'AVDRAG');--> statement-breakpoint
ALTER TYPE "faktura"."hendelse_type" ADD VALUE 'AVDRAG_INNVILGET';--> statement-breakpoint
DROP INDEX "faktura"."betalingsutsettelse_faktura_dato_idx";--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse" ADD COLUMN "gjelder" "faktura"."foresporsel_type" DEFAULT 'UTSETTELSE' NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse" ADD COLUMN "avdrag" jsonb;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "avdragsplan" jsonb;--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse_policy" ADD COLUMN "avdrag_tillatt" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse_policy" ADD COLUMN "maks_antall_avdrag" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse_policy" ADD COLUMN "minimum_avdrag_belop" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "betalingsutsettelse_faktura_gjelder_dato_idx" ON "faktura"."betalingsutsettelse" USING btree ("faktura_id","gjelder","onsket_forfall_dato");--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse_policy" ADD CONSTRAINT "policy_avdrag_ikke_negative" CHECK ("faktura"."betalingsutsettelse_policy"."maks_antall_avdrag" >= 0 and "faktura"."betalingsutsettelse_policy"."minimum_avdrag_belop" >= 0);