CREATE SCHEMA "innsyn";
--> statement-breakpoint
CREATE TYPE "innsyn"."eksponert_for_type" AS ENUM('FODSELSNUMMER', 'ORGANISASJONSNUMMER', 'MATRIKKELNUMMER', 'OFFENTLIG');--> statement-breakpoint
CREATE TABLE "innsyn"."dokument" (
	"dokument_id" uuid PRIMARY KEY NOT NULL,
	"melding_id" uuid NOT NULL,
	"rekkefolge" integer NOT NULL,
	"tittel" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"innhold" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innsyn"."kommune" (
	"fiks_org_id" uuid PRIMARY KEY NOT NULL,
	"kommunenummer" text NOT NULL,
	"navn" text NOT NULL,
	"orgnr" text NOT NULL,
	CONSTRAINT "kommune_kommunenummer_unique" UNIQUE("kommunenummer")
);
--> statement-breakpoint
CREATE TABLE "innsyn"."lesestatus" (
	"melding_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"lest_tidspunkt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesestatus_melding_id_person_id_pk" PRIMARY KEY("melding_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "innsyn"."melding" (
	"melding_id" uuid PRIMARY KEY NOT NULL,
	"fiks_org_id" uuid NOT NULL,
	"integrasjon_id" uuid NOT NULL,
	"versjon" text NOT NULL,
	"eksponert_for_type" "innsyn"."eksponert_for_type" NOT NULL,
	"eksponert_for_verdi" text,
	"sikkerhetsniva" smallint NOT NULL,
	"tittel" text NOT NULL,
	"avsender" text NOT NULL,
	"sendt_dato" timestamp with time zone NOT NULL,
	"svar_lenke" text,
	"opprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD CONSTRAINT "dokument_melding_id_melding_melding_id_fk" FOREIGN KEY ("melding_id") REFERENCES "innsyn"."melding"("melding_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innsyn"."lesestatus" ADD CONSTRAINT "lesestatus_melding_id_melding_melding_id_fk" FOREIGN KEY ("melding_id") REFERENCES "innsyn"."melding"("melding_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dokument_melding_idx" ON "innsyn"."dokument" USING btree ("melding_id","rekkefolge");--> statement-breakpoint
CREATE INDEX "melding_eksponert_idx" ON "innsyn"."melding" USING btree ("eksponert_for_type","eksponert_for_verdi","sendt_dato" DESC NULLS LAST,"melding_id");