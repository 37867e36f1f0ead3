import { type SQL, sql } from "drizzle-orm";
import { faktura } from "./schema.ts";

/**
 * The plan rules of src/domain/avdragsplan.ts as SQL, so the overview counts overdue invoices in
 * its one query. Tests compare the two on invoices with plans in every state.
 */

/** innbetaltBelop beyond what was paid when the plan was asked for: what pays the instalments. */
const innbetaltMotPlanSql: SQL = sql`greatest(0, ${faktura.innbetaltBelop} - coalesce(${faktura.avdragInnbetaltFor}, 0))`;

/**
 * effektivForfallDato: under a plan the first instalment whose running total is more than the
 * payments cover (so not paid in full), else the last instalment's date; without one, forfallDato.
 */
export const effektivForfallSql: SQL = sql`(case
  when ${faktura.avdragsplan} is null or jsonb_array_length(${faktura.avdragsplan}) = 0 then ${faktura.forfallDato}
  else coalesce(
    (select (plan.avdrag ->> 'forfallDato')::date
       from (select e.avdrag, e.nr, sum((e.avdrag ->> 'belop')::bigint) over (order by e.nr) as til_og_med
               from jsonb_array_elements(${faktura.avdragsplan}) with ordinality as e(avdrag, nr)) as plan
      where plan.til_og_med > ${innbetaltMotPlanSql}
      order by plan.nr
      limit 1),
    (${faktura.avdragsplan} -> -1 ->> 'forfallDato')::date)
end)`;
