CREATE TABLE "innsyn"."job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"state" text DEFAULT 'ready' NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"locked_by" text,
	"last_error" text,
	"created" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished" timestamp (3) with time zone,
	CONSTRAINT "job_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "job_state_check" CHECK ("innsyn"."job"."state" in ('ready', 'done', 'dead')),
	CONSTRAINT "job_attempts_check" CHECK ("innsyn"."job"."attempts" >= 0 and "innsyn"."job"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "innsyn"."job" USING btree ("run_at") WHERE "innsyn"."job"."state" = 'ready';