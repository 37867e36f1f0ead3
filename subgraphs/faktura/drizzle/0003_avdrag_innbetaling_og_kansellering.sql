ALTER TYPE "faktura"."hendelse_type" ADD VALUE 'AVDRAG_KANSELLERT';--> statement-breakpoint
ALTER TYPE "faktura"."hendelse_type" ADD VALUE 'AVDRAG_FULLFORT';--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse" ADD COLUMN "innbetalt_for" bigint;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "avdrag_innbetalt_for" bigint;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "avdrag_kansellert" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "faktura"."faktura_hendelse" ADD COLUMN "arsak" text;--> statement-breakpoint
-- Plans and requests from before payments were applied to instalments: what had been paid when
-- they were asked for is what is paid now less the payments registered after the request (the
-- amounts themselves may have changed since, with fees or credit notes).
UPDATE "faktura"."betalingsutsettelse" AS "b" SET "innbetalt_for" = greatest(0, "f"."innbetalt_belop" - coalesce((SELECT sum("i"."belop") FROM "faktura"."innbetaling" AS "i" WHERE "i"."faktura_id" = "b"."faktura_id" AND "i"."created" > "b"."created"), 0)) FROM "faktura"."faktura" AS "f" WHERE "f"."id" = "b"."faktura_id" AND "b"."avdrag" IS NOT NULL;--> statement-breakpoint
UPDATE "faktura"."faktura" AS "f" SET "avdrag_innbetalt_for" = coalesce((SELECT "b"."innbetalt_for" FROM "faktura"."betalingsutsettelse" AS "b" WHERE "b"."faktura_id" = "f"."id" AND "b"."avdrag" IS NOT NULL AND "b"."status" = 'INNVILGET' ORDER BY "b"."created" DESC LIMIT 1), "f"."innbetalt_belop") WHERE "f"."avdragsplan" IS NOT NULL;
