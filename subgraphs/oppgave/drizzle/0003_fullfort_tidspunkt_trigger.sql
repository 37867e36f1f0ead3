-- Custom SQL migration file, put your code below! --
-- fullfort_tidspunkt follows the counters that the mottaker triggers keep (0001): a row trigger
-- on oppgave sets it when the overall state becomes done and clears it when a recipient going
-- back to NY reopens the oppgave. It reads OLD, so it keeps the first time of a done period.
-- A change of the counters (a recipient's status) also counts as a change of the oppgave.
-- Concurrent status changes serialize on the oppgave row and the trigger sees the latest
-- version, so when the last two recipients of an ALL oppgave complete at the same moment,
-- only the second update finds the oppgave becoming done: one transition, one hendelse.

-- Oppgaver that are already done: ANY since its first completion, ALL since its last.
UPDATE "oppgave"."oppgave" AS o
SET "fullfort_tidspunkt" = d.tidspunkt
FROM (
  SELECT m."oppgave_id",
    CASE WHEN p."utfort_kriterie" = 'ANY' THEN min(m."status_endret") ELSE max(m."status_endret") END AS tidspunkt
  FROM "oppgave"."mottaker" AS m
  JOIN "oppgave"."oppgave" AS p ON p."id" = m."oppgave_id"
  WHERE m."status" = 'FULLFORT'
  GROUP BY m."oppgave_id", p."utfort_kriterie"
) AS d
WHERE o."id" = d."oppgave_id" AND o."antall_mottakere" > 0
  AND CASE WHEN o."utfort_kriterie" = 'ANY' THEN o."antall_fullfort" >= 1 ELSE o."antall_fullfort" = o."antall_mottakere" END;
--> statement-breakpoint
CREATE FUNCTION "oppgave"."oppdater_fullfort_tidspunkt"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."antall_fullfort" <> OLD."antall_fullfort" OR NEW."antall_mottakere" <> OLD."antall_mottakere" THEN
    NEW."changed" := now();
  END IF;
  -- Parenthesised: PL/pgSQL would otherwise end the IF condition at the CASE's first THEN.
  IF NEW."antall_mottakere" > 0 AND (CASE
    WHEN NEW."utfort_kriterie" = 'ANY' THEN NEW."antall_fullfort" >= 1
    ELSE NEW."antall_fullfort" = NEW."antall_mottakere"
  END) THEN
    NEW."fullfort_tidspunkt" := coalesce(OLD."fullfort_tidspunkt", now());
  ELSE
    NEW."fullfort_tidspunkt" := NULL;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "oppgave_fullfort_tidspunkt" BEFORE UPDATE ON "oppgave"."oppgave"
  FOR EACH ROW EXECUTE FUNCTION "oppgave"."oppdater_fullfort_tidspunkt"();
--> statement-breakpoint
CREATE FUNCTION "oppgave"."logg_fullfort_hendelse"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."fullfort_tidspunkt" IS NULL THEN
    INSERT INTO "oppgave"."oppgave_hendelse" ("oppgave_id", "hendelse") VALUES (NEW."id", 'GJENAPNET');
  ELSE
    INSERT INTO "oppgave"."oppgave_hendelse" ("oppgave_id", "hendelse", "tidspunkt")
    VALUES (NEW."id", 'FULLFORT', NEW."fullfort_tidspunkt");
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "oppgave_fullfort_hendelse" AFTER UPDATE ON "oppgave"."oppgave"
  FOR EACH ROW WHEN (OLD."fullfort_tidspunkt" IS DISTINCT FROM NEW."fullfort_tidspunkt")
  EXECUTE FUNCTION "oppgave"."logg_fullfort_hendelse"();
