-- Custom SQL migration file, put your code below! --
-- Triggers are beyond drizzle's schema language. They keep oppgave.antall_mottakere and
-- oppgave.antall_fullfort equal to the counts in mottaker whatever writes the rows (create,
-- status updates, the seed), so the overall ANY/ALL state is read in O(1) and cannot drift.
-- Statement-level with transition tables: inserting 10 000 recipients updates the oppgave once.
CREATE FUNCTION "oppgave"."oppdater_mottaker_tellere"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "oppgave"."oppgave" AS o
    SET "antall_mottakere" = o."antall_mottakere" + d.antall, "antall_fullfort" = o."antall_fullfort" + d.fullfort
    FROM (
      SELECT "oppgave_id", count(*)::int AS antall, (count(*) FILTER (WHERE "status" = 'FULLFORT'))::int AS fullfort
      FROM nye GROUP BY "oppgave_id"
    ) AS d
    WHERE o."id" = d."oppgave_id";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "oppgave"."oppgave" AS o
    SET "antall_mottakere" = o."antall_mottakere" - d.antall, "antall_fullfort" = o."antall_fullfort" - d.fullfort
    FROM (
      SELECT "oppgave_id", count(*)::int AS antall, (count(*) FILTER (WHERE "status" = 'FULLFORT'))::int AS fullfort
      FROM gamle GROUP BY "oppgave_id"
    ) AS d
    WHERE o."id" = d."oppgave_id";
  ELSE
    UPDATE "oppgave"."oppgave" AS o
    SET "antall_mottakere" = o."antall_mottakere" + d.antall, "antall_fullfort" = o."antall_fullfort" + d.fullfort
    FROM (
      SELECT "oppgave_id", sum(antall)::int AS antall, sum(fullfort)::int AS fullfort
      FROM (
        SELECT "oppgave_id", 1 AS antall, ("status" = 'FULLFORT')::int AS fullfort FROM nye
        UNION ALL
        SELECT "oppgave_id", -1 AS antall, -("status" = 'FULLFORT')::int AS fullfort FROM gamle
      ) AS endringer
      GROUP BY "oppgave_id"
    ) AS d
    WHERE o."id" = d."oppgave_id" AND (d.antall <> 0 OR d.fullfort <> 0);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "mottaker_tellere_insert" AFTER INSERT ON "oppgave"."mottaker"
  REFERENCING NEW TABLE AS nye
  FOR EACH STATEMENT EXECUTE FUNCTION "oppgave"."oppdater_mottaker_tellere"();
--> statement-breakpoint
CREATE TRIGGER "mottaker_tellere_update" AFTER UPDATE ON "oppgave"."mottaker"
  REFERENCING OLD TABLE AS gamle NEW TABLE AS nye
  FOR EACH STATEMENT EXECUTE FUNCTION "oppgave"."oppdater_mottaker_tellere"();
--> statement-breakpoint
CREATE TRIGGER "mottaker_tellere_delete" AFTER DELETE ON "oppgave"."mottaker"
  REFERENCING OLD TABLE AS gamle
  FOR EACH STATEMENT EXECUTE FUNCTION "oppgave"."oppdater_mottaker_tellere"();
