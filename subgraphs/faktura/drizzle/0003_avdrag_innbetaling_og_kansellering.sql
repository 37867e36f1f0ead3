ALTER TYPE "faktura"."hendelse_type" ADD VALUE 'AVDRAG_KANSELLERT';--> statement-breakpoint
ALTER TYPE "faktura"."hendelse_type" ADD VALUE 'AVDRAG_FULLFORT';--> statement-breakpoint
ALTER TABLE "faktura"."betalingsutsettelse" ADD COLUMN "innbetalt_for" bigint;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "avdrag_innbetalt_for" bigint;--> statement-breakpoint
ALTER TABLE "faktura"."faktura" ADD COLUMN "avdrag_kansellert" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "faktura"."faktura_hendelse" ADD COLUMN "arsak" text;--> statement-breakpoint
-- Plans and requests from before payments were applied to instalments: what had been paid when
-- they were asked for is what the amounts then left unowed besides the instalments.
UPDATE "faktura"."faktura" SET "avdrag_innbetalt_for" = least("innbetalt_belop", greatest(0, "belop" + "gebyr" + "renter" + "andre_omkostninger" - "kreditert_belop" - (SELECT coalesce(sum(("a"->>'belop')::bigint), 0) FROM jsonb_array_elements("avdragsplan") AS "a"))) WHERE "avdragsplan" IS NOT NULL;--> statement-breakpoint
UPDATE "faktura"."betalingsutsettelse" AS "b" SET "innbetalt_for" = least("f"."innbetalt_belop", greatest(0, "f"."belop" + "f"."gebyr" + "f"."renter" + "f"."andre_omkostninger" - "f"."kreditert_belop" - (SELECT coalesce(sum(("a"->>'belop')::bigint), 0) FROM jsonb_array_elements("b"."avdrag") AS "a"))) FROM "faktura"."faktura" AS "f" WHERE "f"."id" = "b"."faktura_id" AND "b"."avdrag" IS NOT NULL;
