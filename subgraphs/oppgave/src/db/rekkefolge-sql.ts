import { sql } from "drizzle-orm";
import { mottaker, oppgave } from "./schema.ts";

/** SQL twin of domain/fullfort.ts erFullfort, for ordering; tests check the two agree. */
export const fullfortSql = sql`(case when ${oppgave.utfortKriterie} = 'ANY' then ${oppgave.antallFullfort} >= 1 else ${oppgave.antallFullfort} = ${oppgave.antallMottakere} end)`;

/** 0 while the citizen still has something to do (domain/fullfort.ts erApen), 1 otherwise. */
export const rankSql =
  sql<number>`(case when ${mottaker.status} = 'NY' and not ${fullfortSql} then 0 else 1 end)`.mapWith(Number);

/** The frist with "no frist" as 'infinity' (domain/cursor.ts INGEN_FRIST), so those sort last and compare in a row value. */
export const fristKeySql = sql`coalesce(${oppgave.frist}, 'infinity'::date)`;
