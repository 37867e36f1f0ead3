import { somDelstreng } from "@minkommune/subgraph-kit";
import { and, getTableColumns, type SQL, sql } from "drizzle-orm";
import {
  eksponertFor,
  type FakturaDb,
  type Innsyn,
  listeRekkefolge,
  type RangertFaktura,
  rangering,
} from "./fakturaer.ts";
import { faktura } from "./schema.ts";

// Every word somewhere in tittel, fakturanummer, betalesTil or beskrivelse. A citizen has few
// invoices, so matching their own rows with ILIKE is cheap and finds parts of words and numbers.
const tekst = sql`concat_ws(' ', ${faktura.tittel}, ${faktura.fakturanummer}, ${faktura.betalesTil}, ${faktura.beskrivelse})`;

function treffSql(ord: readonly string[]): SQL | undefined {
  return and(...ord.map((o) => sql`${tekst} ilike ${somDelstreng(o)}`));
}

/**
 * The citizen's own invoices matching every word, in the order of their list, with the same
 * level rule: rows above the session's level are only counted. The query starts from the
 * citizen's exposures (faktura_eksponert_for_idx), so no other citizen's invoice is read.
 */
export async function sokFakturaer(
  db: FakturaDb,
  innsyn: Innsyn,
  ord: readonly string[],
  first: number,
): Promise<{
  rows: RangertFaktura[];
  hasNextPage: boolean;
  totalCount: number;
  treffMedHoyereInnloggingsniva: number;
}> {
  const treff = and(eksponertFor(innsyn), treffSql(ord));
  const [rows, [antall]] = await Promise.all([
    db
      .select({ ...getTableColumns(faktura), ...rangering })
      .from(faktura)
      .where(and(treff, sql`${faktura.sikkerhetsniva} <= ${innsyn.niva}`))
      .orderBy(...listeRekkefolge)
      .limit(first + 1),
    db
      .select({
        totalCount: sql`count(*) filter (where ${faktura.sikkerhetsniva} <= ${innsyn.niva})`.mapWith(Number),
        treffMedHoyereInnloggingsniva: sql`count(*) filter (where ${faktura.sikkerhetsniva} > ${innsyn.niva})`.mapWith(
          Number,
        ),
      })
      .from(faktura)
      .where(treff),
  ]);
  return {
    rows: rows.slice(0, first),
    hasNextPage: rows.length > first,
    totalCount: antall?.totalCount ?? 0,
    treffMedHoyereInnloggingsniva: antall?.treffMedHoyereInnloggingsniva ?? 0,
  };
}
