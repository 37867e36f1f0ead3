CREATE TABLE "innsyn"."innlogging" (
	"person_id" text PRIMARY KEY NOT NULL,
	"siste_innlogging" timestamp with time zone NOT NULL,
	"forrige_innlogging" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "innsyn"."meldingsstatus" (
	"melding_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"lest_tidspunkt" timestamp with time zone,
	"arkivert_tidspunkt" timestamp with time zone,
	"forst_sett" timestamp with time zone,
	CONSTRAINT "meldingsstatus_melding_id_person_id_pk" PRIMARY KEY("melding_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ALTER COLUMN "avsender" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "melding_type" text DEFAULT 'forsendelse' NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "ekstern_ref" text;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "tilgjengelig_til" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "korrelasjon_id" text;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "forelder_id" uuid;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "forelder_type" text;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "metadata" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "sok_tekst" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "sok_vektor" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('norwegian', "innsyn"."melding"."tittel"), 'A') || to_tsvector('norwegian', "innsyn"."melding"."sok_tekst")) STORED;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "slettes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."melding" ADD COLUMN "oppdatert" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."meldingsstatus" ADD CONSTRAINT "meldingsstatus_melding_id_melding_melding_id_fk" FOREIGN KEY ("melding_id") REFERENCES "innsyn"."melding"("melding_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "melding_forelder_idx" ON "innsyn"."melding" USING btree ("forelder_id");--> statement-breakpoint
CREATE INDEX "melding_ekstern_ref_idx" ON "innsyn"."melding" USING btree ("integrasjon_id","fiks_org_id","ekstern_ref");--> statement-breakpoint
CREATE INDEX "melding_tilgjengelig_til_idx" ON "innsyn"."melding" USING btree ("tilgjengelig_til") WHERE "innsyn"."melding"."tilgjengelig_til" is not null;--> statement-breakpoint
CREATE INDEX "melding_slettes_idx" ON "innsyn"."melding" USING btree ("melding_id") WHERE "innsyn"."melding"."slettes";