CREATE TABLE "oppgave"."job" (
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
	CONSTRAINT "job_state_check" CHECK ("oppgave"."job"."state" in ('ready', 'done', 'dead')),
	CONSTRAINT "job_attempts_check" CHECK ("oppgave"."job"."attempts" >= 0 and "oppgave"."job"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "oppgave"."purring" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"oppgave_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"runde" integer NOT NULL,
	"status" text NOT NULL,
	"arsak" text,
	"created" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sendt" timestamp (3) with time zone,
	CONSTRAINT "purring_oppgave_person_runde_key" UNIQUE("oppgave_id","person_id","runde"),
	CONSTRAINT "purring_status_check" CHECK ("oppgave"."purring"."status" in ('SENDER', 'SENDT', 'IKKE_SENDT')),
	CONSTRAINT "purring_runde_check" CHECK ("oppgave"."purring"."runde" >= 1)
);
--> statement-breakpoint
ALTER TABLE "oppgave"."purring" ADD CONSTRAINT "purring_oppgave_id_person_id_mottaker_oppgave_id_person_id_fk" FOREIGN KEY ("oppgave_id","person_id") REFERENCES "oppgave"."mottaker"("oppgave_id","person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "oppgave"."job" USING btree ("run_at") WHERE "oppgave"."job"."state" = 'ready';