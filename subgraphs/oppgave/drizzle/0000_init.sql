CREATE SCHEMA "oppgave";
--> statement-breakpoint
CREATE TYPE "oppgave"."oppgave_status" AS ENUM('NY', 'FULLFORT');--> statement-breakpoint
CREATE TYPE "oppgave"."sprak" AS ENUM('nb', 'nn', 'en', 'se');--> statement-breakpoint
CREATE TYPE "oppgave"."utfort_kriterie" AS ENUM('ANY', 'ALL');--> statement-breakpoint
CREATE TABLE "oppgave"."mottaker" (
	"oppgave_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"status" "oppgave"."oppgave_status" DEFAULT 'NY' NOT NULL,
	"status_endret" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mottaker_oppgave_id_person_id_pk" PRIMARY KEY("oppgave_id","person_id"),
	CONSTRAINT "mottaker_person_id_format" CHECK ("oppgave"."mottaker"."person_id" ~ '^[0-9]{11}$')
);
--> statement-breakpoint
CREATE TABLE "oppgave"."oppgave" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fiks_org_id" uuid NOT NULL,
	"integrasjon_id" uuid NOT NULL,
	"tittel" text NOT NULL,
	"beskrivelse" text NOT NULL,
	"handling" text NOT NULL,
	"url" text NOT NULL,
	"frist" date,
	"utfort_kriterie" "oppgave"."utfort_kriterie" NOT NULL,
	"sprak" "oppgave"."sprak",
	"metadata" text,
	"purring_intervall_dager" integer DEFAULT 0 NOT NULL,
	"antall_mottakere" integer DEFAULT 0 NOT NULL,
	"antall_fullfort" integer DEFAULT 0 NOT NULL,
	"created" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"changed" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oppgave_purring_intervall_check" CHECK ("oppgave"."oppgave"."purring_intervall_dager" >= 0),
	CONSTRAINT "oppgave_antall_check" CHECK ("oppgave"."oppgave"."antall_fullfort" between 0 and "oppgave"."oppgave"."antall_mottakere")
);
--> statement-breakpoint
ALTER TABLE "oppgave"."mottaker" ADD CONSTRAINT "mottaker_oppgave_id_oppgave_id_fk" FOREIGN KEY ("oppgave_id") REFERENCES "oppgave"."oppgave"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mottaker_person_idx" ON "oppgave"."mottaker" USING btree ("person_id","oppgave_id");--> statement-breakpoint
CREATE INDEX "oppgave_fiks_org_integrasjon_idx" ON "oppgave"."oppgave" USING btree ("fiks_org_id","integrasjon_id");