import type { Tilganger } from "@minkommune/subgraph-kit";
import { type SQL, sql } from "drizzle-orm";
import { melding } from "./schema.ts";

/** The citizen a query is for: person id, login level and the rights the access source gave. */
export interface Innsyner extends Tilganger {
  pid: string;
  niva: 3 | 4;
}

const oneOf = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * True when the melding is exposed to the citizen: their own id, OFFENTLIG, or an organisation or
 * property they hold rights to. Each branch matches the leading columns of melding_eksponert_idx,
 * so the planner reads only these keys and never another citizen's rows.
 */
export function eksponertFor(innsyner: Innsyner): SQL {
  const branches = [
    sql`${melding.eksponertForType} = 'OFFENTLIG'`,
    sql`(${melding.eksponertForType} = 'FODSELSNUMMER' and ${melding.eksponertForVerdi} = ${innsyner.pid})`,
  ];
  if (innsyner.organisasjoner.length > 0) {
    branches.push(
      sql`(${melding.eksponertForType} = 'ORGANISASJONSNUMMER' and ${melding.eksponertForVerdi} in (${oneOf(innsyner.organisasjoner)}))`,
    );
  }
  if (innsyner.matrikkelenheter.length > 0) {
    branches.push(
      sql`(${melding.eksponertForType} = 'MATRIKKELNUMMER' and ${melding.eksponertForVerdi} in (${oneOf(innsyner.matrikkelenheter)}))`,
    );
  }
  return sql`(${sql.join(branches, sql` or `)})`;
}

/** Not marked for deletion and not past tilgjengeligTil: expiry hides a melding before the sweeper runs. */
export const aktiv = sql`(not ${melding.slettes} and (${melding.tilgjengeligTil} is null or ${melding.tilgjengeligTil} > now()))`;

/** Exposed, active and at or below the session's login level. */
export function synligFor(innsyner: Innsyner): SQL {
  return sql`(${eksponertFor(innsyner)} and ${aktiv} and ${melding.sikkerhetsniva} <= ${innsyner.niva})`;
}
