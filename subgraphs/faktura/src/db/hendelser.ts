import { asc, inArray } from "drizzle-orm";
import type { FakturaDb } from "./fakturaer.ts";
import type { HendelseRow } from "./rows.ts";
import { fakturaHendelse } from "./schema.ts";

/** The history of each given invoice, oldest first, in one query. */
export async function hendelserFor(db: FakturaDb, fakturaIds: readonly string[]): Promise<Map<string, HendelseRow[]>> {
  const byFaktura = new Map<string, HendelseRow[]>(fakturaIds.map((id) => [id, []]));
  if (fakturaIds.length === 0) return byFaktura;
  const rows = await db
    .select()
    .from(fakturaHendelse)
    .where(inArray(fakturaHendelse.fakturaId, [...fakturaIds]))
    .orderBy(asc(fakturaHendelse.nr));
  for (const row of rows) byFaktura.get(row.fakturaId)?.push(row);
  return byFaktura;
}
