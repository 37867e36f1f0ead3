import type { Database } from "@minkommune/db";
import { and, asc, desc, inArray, sql } from "drizzle-orm";
import { type InnsynSchema, type KommunalTjenesteRow, kommunalTjeneste, melding } from "./schema.ts";
import { type Innsyner, synligFor } from "./synlighet.ts";

/** rettetMot values a citizen is shown. */
const FOR_PERSONER = ["PERSON", "PERSON_OG_ORGANISASJON"] as const;

const rekkefolge = [desc(kommunalTjeneste.favoritt), asc(kommunalTjeneste.tittel), asc(kommunalTjeneste.tjenesteId)];

/** Every service of the given municipalities, favourites first, in one query. */
export async function tjenesterForKommuner(
  db: Database<InnsynSchema>,
  fiksOrgIds: readonly string[],
): Promise<KommunalTjenesteRow[]> {
  if (fiksOrgIds.length === 0) return [];
  return db
    .select()
    .from(kommunalTjeneste)
    .where(inArray(kommunalTjeneste.fiksOrgId, [...fiksOrgIds]))
    .orderBy(...rekkefolge);
}

/**
 * The services for persons of the citizen's primærkommuner: the municipalities behind a melding
 * the citizen can see. OFFENTLIG meldinger are shown to everyone and so say nothing about where
 * the citizen belongs; they do not count. The subquery reads only the citizen's exposures.
 */
export async function tjenesterForInnbygger(
  db: Database<InnsynSchema>,
  innsyner: Innsyner,
): Promise<KommunalTjenesteRow[]> {
  const primaerkommuner = db
    .selectDistinct({ fiksOrgId: melding.fiksOrgId })
    .from(melding)
    .where(and(synligFor(innsyner), sql`${melding.eksponertForType} <> 'OFFENTLIG'`));
  return db
    .select()
    .from(kommunalTjeneste)
    .where(
      and(inArray(kommunalTjeneste.fiksOrgId, primaerkommuner), inArray(kommunalTjeneste.rettetMot, [...FOR_PERSONER])),
    )
    .orderBy(...rekkefolge);
}
