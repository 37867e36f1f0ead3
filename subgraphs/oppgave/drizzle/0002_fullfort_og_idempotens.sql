CREATE TYPE "oppgave"."oppgave_hendelse_type" AS ENUM('FULLFORT', 'GJENAPNET');--> statement-breakpoint
CREATE TABLE "oppgave"."oppgave_hendelse" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "oppgave"."oppgave_hendelse_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"oppgave_id" uuid NOT NULL,
	"hendelse" "oppgave"."oppgave_hendelse_type" NOT NULL,
	"tidspunkt" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oppgave"."opprett_idempotens" (
	"fiks_org_id" uuid NOT NULL,
	"integrasjon_id" uuid NOT NULL,
	"nokkel" text NOT NULL,
	"foresporsel_hash" text NOT NULL,
	"oppgave_id" uuid NOT NULL,
	"created" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opprett_idempotens_fiks_org_id_integrasjon_id_nokkel_pk" PRIMARY KEY("fiks_org_id","integrasjon_id","nokkel")
);
--> statement-breakpoint
ALTER TABLE "oppgave"."oppgave" ADD COLUMN "fullfort_tidspunkt" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "oppgave"."oppgave_hendelse" ADD CONSTRAINT "oppgave_hendelse_oppgave_id_oppgave_id_fk" FOREIGN KEY ("oppgave_id") REFERENCES "oppgave"."oppgave"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave"."opprett_idempotens" ADD CONSTRAINT "opprett_idempotens_oppgave_id_oppgave_id_fk" FOREIGN KEY ("oppgave_id") REFERENCES "oppgave"."oppgave"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oppgave_hendelse_oppgave_idx" ON "oppgave"."oppgave_hendelse" USING btree ("oppgave_id","id");--> statement-breakpoint
CREATE INDEX "mottaker_fullfort_idx" ON "oppgave"."mottaker" USING btree ("oppgave_id","status_endret") WHERE "oppgave"."mottaker"."status" = 'FULLFORT';