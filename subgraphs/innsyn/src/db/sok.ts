import type { Database } from "@minkommune/db";
import { and, desc, type SQL, sql } from "drizzle-orm";
import { filterConditions, type MeldingFilter, type MeldingRow, ownState, selection } from "./meldinger.ts";
import { rowsOf } from "./rows.ts";
import { type InnsynSchema, melding, meldingsstatus } from "./schema.ts";
import { aktiv, eksponertFor, type Innsyner, synligFor } from "./synlighet.ts";

type Db = Database<InnsynSchema>;

/** How close a misspelt word must be to a word in the text (pg_trgm word_similarity, 0..1). */
const TRIGRAM_TERSKEL = 0.6;
/** Markers ts_headline puts around matches; control characters cannot occur in indexed text. */
export const UTHEVING_START = "\u0002";
export const UTHEVING_SLUTT = "\u0003";

const text = sql`(${melding.tittel} || ' ' || ${melding.sokTekst})`;
const prefix = (word: string) => sql`to_tsquery('norwegian', ${`${word}:*`})`;

/**
 * One word matches by Norwegian stem prefix ("faktura" → "Fakturaene", "byggesøknad" → "byggesøknaden")
 * or by trigram similarity ("bygesak" → "byggesak"). A stop word ("på") matches anything.
 */
function ordTreff(word: string): SQL {
  return sql`(numnode(${prefix(word)}) = 0 or ${melding.sokVektor} @@ ${prefix(word)} or word_similarity(${word}, ${text}) >= ${TRIGRAM_TERSKEL})`;
}

/** Any of the words, for ranking and highlighting. */
const enHvilken = (words: string[]) => sql`to_tsquery('norwegian', ${words.map((w) => `${w}:*`).join(" | ")})`;

function score(words: string[]): SQL<number> {
  const similarity = sql.join(
    words.map((w) => sql`word_similarity(${w}, ${text})`),
    sql`, `,
  );
  return sql<number>`(ts_rank(${melding.sokVektor}, ${enHvilken(words)}) + greatest(${similarity}) / 2)`;
}

/** Every word must match; the citizen's exposure and filters narrow first, through melding_eksponert_idx. */
function matchConditions(words: string[]): SQL[] {
  return words.map(ordTreff);
}

/** One page of hits, best first; ties go to unread, then newer. */
export async function sokMeldinger(
  db: Db,
  innsyner: Innsyner,
  words: string[],
  options: { limit: number; offset: number; filter: MeldingFilter },
): Promise<(MeldingRow & { score: number; utheving: string })[]> {
  const rank = score(words);
  return db
    .select({
      ...selection(),
      score: rank.mapWith(Number),
      utheving: sql<string>`ts_headline('norwegian', ${text}, ${enHvilken(words)},
        ${`StartSel=${UTHEVING_START}, StopSel=${UTHEVING_SLUTT}, MaxWords=30, MinWords=10, MaxFragments=2`})`,
    })
    .from(melding)
    .leftJoin(meldingsstatus, ownState(innsyner.pid))
    .where(and(synligFor(innsyner), ...filterConditions(options.filter), ...matchConditions(words)))
    .orderBy(
      desc(rank),
      sql`${meldingsstatus.lestTidspunkt} is not null`,
      desc(melding.sendtDato),
      desc(melding.meldingId),
    )
    .limit(options.limit)
    .offset(options.offset);
}

/** Hit counts and facets (per municipality, type and year in Oslo) over all hits, in one query. */
export async function sokAggregater(db: Db, innsyner: Innsyner, words: string[], filter: MeldingFilter) {
  const where = and(eksponertFor(innsyner), aktiv, ...filterConditions(filter), ...matchConditions(words));
  const synlig = sql`${melding.sikkerhetsniva} <= ${innsyner.niva}`;
  const rows = rowsOf<{ dim: string; noekkel: string | null; antall: number | string }>(
    await db.execute(sql`
      with treff as (
        select ${melding.fiksOrgId} as fiks_org_id, ${melding.meldingType} as melding_type,
          extract(year from ${melding.sendtDato} at time zone 'Europe/Oslo')::int as ar, ${synlig} as synlig
        from ${melding} left join ${meldingsstatus} on ${ownState(innsyner.pid)}
        where ${where})
      select 'synlige' as dim, null as noekkel, count(*) filter (where synlig) as antall from treff
      union all select 'hoyere', null, count(*) filter (where not synlig) from treff
      union all select 'kommune', fiks_org_id::text, count(*) from treff where synlig group by fiks_org_id
      union all select 'type', melding_type, count(*) from treff where synlig group by melding_type
      union all select 'ar', ar::text, count(*) from treff where synlig group by ar`),
  );
  const of = (dim: string) =>
    rows
      .filter((r) => r.dim === dim)
      .map((r) => ({ noekkel: r.noekkel ?? "", antall: Number(r.antall) }))
      .sort((a, b) => b.antall - a.antall || a.noekkel.localeCompare(b.noekkel));
  return {
    antallTreff: of("synlige")[0]?.antall ?? 0,
    treffMedHoyereInnloggingsniva: of("hoyere")[0]?.antall ?? 0,
    kommune: of("kommune"),
    type: of("type"),
    ar: of("ar"),
  };
}
