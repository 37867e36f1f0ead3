import { somDelstreng } from "@minkommune/subgraph-kit";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { OppgaveDb } from "./database.ts";
import { forInnbygger, type RangertOppgave } from "./innbygger-oppgaver.ts";
import { fristKeySql, rankSql } from "./rekkefolge-sql.ts";
import { mottaker, oppgave } from "./schema.ts";

// Every word somewhere in tittel or beskrivelse. A citizen has few tasks, so matching their own
// rows with ILIKE is cheap, and it finds parts of words ("samtyk", "skoledata") a stemmer would not.
function treffSql(ord: readonly string[]): SQL | undefined {
  return and(...ord.map((o) => sql`(${oppgave.tittel} || ' ' || ${oppgave.beskrivelse}) ilike ${somDelstreng(o)}`));
}

/**
 * The citizen's own oppgaver matching every word, in the order of their list. The query starts
 * from the citizen's recipient rows (mottaker_person_idx), so no other citizen's task is read.
 */
export async function sokOppgaver(
  db: OppgaveDb,
  pid: string,
  ord: readonly string[],
  first: number,
): Promise<{ rows: RangertOppgave[]; hasNextPage: boolean; totalCount: number }> {
  const where = and(eq(mottaker.personId, pid), treffSql(ord));
  const [rows, [antall]] = await Promise.all([
    db
      .select({ ...forInnbygger(pid), rank: rankSql })
      .from(mottaker)
      .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
      .where(where)
      .orderBy(rankSql, fristKeySql, oppgave.created, oppgave.id)
      .limit(first + 1),
    db
      .select({ count: sql`count(*)`.mapWith(Number) })
      .from(mottaker)
      .innerJoin(oppgave, eq(oppgave.id, mottaker.oppgaveId))
      .where(where),
  ]);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: antall?.count ?? 0 };
}
