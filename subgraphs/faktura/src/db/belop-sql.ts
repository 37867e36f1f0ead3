import { type SQL, sql } from "drizzle-orm";
import { faktura } from "./schema.ts";

/**
 * The amount rules of src/domain/belop.ts as SQL, for filtering, ordering and sums in the
 * database. Tests compare the two against the seeded invoices so they cannot drift apart.
 */

/** belop + gebyr + renter + andreOmkostninger. */
export const totalbelopSql: SQL = sql`(${faktura.belop} + ${faktura.gebyr} + ${faktura.renter} + ${faktura.andreOmkostninger})`;

/** max(0, totalbelop − innbetaltBelop − kreditertBelop). */
export const utestaendeSql: SQL = sql`greatest(0, ${totalbelopSql} - ${faktura.innbetaltBelop} - ${faktura.kreditertBelop})`;

/** Unpaid: not marked BETALT and something is still owed. */
export const ubetaltSql: SQL = sql`(${faktura.status} <> 'BETALT' and ${utestaendeSql} > 0)`;

/** 0 for unpaid invoices and 1 for the rest, the first key of the list order. */
export const rankSql: SQL<0 | 1> = sql<0 | 1>`(case when ${ubetaltSql} then 0 else 1 end)`.mapWith((value) =>
  Number(value) === 0 ? 0 : 1,
);
