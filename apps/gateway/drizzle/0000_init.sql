CREATE SCHEMA "gateway";
--> statement-breakpoint
CREATE TABLE "gateway"."integrasjon" (
	"integrasjon_id" uuid PRIMARY KEY NOT NULL,
	"navn" text NOT NULL,
	"beskrivelse" text,
	"fiks_org_id" uuid NOT NULL,
	"autorisert_orgnr" text NOT NULL,
	"passord_hash" text NOT NULL,
	"privilegier" text[] NOT NULL,
	"opprettet" timestamp with time zone DEFAULT now() NOT NULL,
	"deaktivert" timestamp with time zone
);
