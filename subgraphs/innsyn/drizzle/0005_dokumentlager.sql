-- Documents become the integration's own (uploaded to the document store first, then linked from
-- meldinger), their content moves into parts of at most 1 MiB, and each melding's links move into
-- melding_dokument. Existing documents keep their id, so links already indexed still resolve.
CREATE TABLE "innsyn"."dokumentdel" (
	"dokument_id" uuid NOT NULL,
	"nr" integer NOT NULL,
	"innhold" "bytea" NOT NULL,
	CONSTRAINT "dokumentdel_dokument_id_nr_pk" PRIMARY KEY("dokument_id","nr")
);
--> statement-breakpoint
CREATE TABLE "innsyn"."melding_dokument" (
	"melding_id" uuid NOT NULL,
	"dokument_id" uuid NOT NULL,
	CONSTRAINT "melding_dokument_melding_id_dokument_id_pk" PRIMARY KEY("melding_id","dokument_id")
);
--> statement-breakpoint
INSERT INTO "innsyn"."dokumentdel" ("dokument_id", "nr", "innhold")
SELECT d."dokument_id", n, substring(d."innhold" FROM n * 1048576 + 1 FOR 1048576)
FROM "innsyn"."dokument" d, generate_series(0, greatest(length(d."innhold") - 1, 0) / 1048576) AS n;
--> statement-breakpoint
INSERT INTO "innsyn"."melding_dokument" ("melding_id", "dokument_id")
SELECT "melding_id", "dokument_id" FROM "innsyn"."dokument";
--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" DROP CONSTRAINT "dokument_melding_id_melding_melding_id_fk";
--> statement-breakpoint
DROP INDEX "innsyn"."dokument_melding_idx";--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD COLUMN "fiks_org_id" uuid;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD COLUMN "integrasjon_id" uuid;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD COLUMN "sikkerhetsniva" smallint;--> statement-breakpoint
UPDATE "innsyn"."dokument" d SET "fiks_org_id" = m."fiks_org_id", "integrasjon_id" = m."integrasjon_id",
	"sikkerhetsniva" = m."sikkerhetsniva"
FROM "innsyn"."melding" m WHERE m."melding_id" = d."melding_id";--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ALTER COLUMN "fiks_org_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ALTER COLUMN "integrasjon_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ALTER COLUMN "sikkerhetsniva" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" RENAME COLUMN "tittel" TO "dokumentnavn";--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" RENAME COLUMN "size" TO "storrelse";--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD COLUMN "korrelasjonsid" text;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD COLUMN "tilgjengelig_til" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" ADD COLUMN "opprettet" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "innsyn"."dokumentdel" ADD CONSTRAINT "dokumentdel_dokument_id_dokument_dokument_id_fk" FOREIGN KEY ("dokument_id") REFERENCES "innsyn"."dokument"("dokument_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innsyn"."melding_dokument" ADD CONSTRAINT "melding_dokument_melding_id_melding_melding_id_fk" FOREIGN KEY ("melding_id") REFERENCES "innsyn"."melding"("melding_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "melding_dokument_dokument_idx" ON "innsyn"."melding_dokument" USING btree ("dokument_id");--> statement-breakpoint
CREATE INDEX "dokument_eier_idx" ON "innsyn"."dokument" USING btree ("fiks_org_id","integrasjon_id");--> statement-breakpoint
CREATE INDEX "dokument_tilgjengelig_til_idx" ON "innsyn"."dokument" USING btree ("tilgjengelig_til") WHERE "innsyn"."dokument"."tilgjengelig_til" is not null;--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" DROP COLUMN "melding_id";--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" DROP COLUMN "rekkefolge";--> statement-breakpoint
ALTER TABLE "innsyn"."dokument" DROP COLUMN "innhold";
