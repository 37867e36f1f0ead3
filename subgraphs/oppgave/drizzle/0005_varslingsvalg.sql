CREATE TABLE "oppgave"."varslingsvalg" (
	"person_id" text PRIMARY KEY NOT NULL,
	"epost_purring" boolean DEFAULT true NOT NULL,
	"endret" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "varslingsvalg_person_id_format" CHECK ("oppgave"."varslingsvalg"."person_id" ~ '^[0-9]{11}$')
);
