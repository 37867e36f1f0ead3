import { badInput, pageSize } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { sokAggregater, sokMeldinger, UTHEVING_SLUTT, UTHEVING_START } from "../db/sok.ts";
import { sokeord } from "../domain/sokeord.ts";
import type { InnbyggerSokArgs, MeldingType } from "../generated/resolvers-types.ts";
import { parseFilter } from "./connection.ts";

/** How deep a citizen may page into one search. */
const MAX_FRA = 1000;

/** Splits ts_headline output at its markers into plain parts, so no index text is ever treated as markup. */
export function uthevingDeler(headline: string) {
  const parts: { tekst: string; treff: boolean }[] = [];
  for (const [i, chunk] of headline.split(UTHEVING_START).entries()) {
    const [hit, rest] = i === 0 ? [null, chunk] : chunk.split(UTHEVING_SLUTT, 2);
    if (hit) parts.push({ tekst: hit, treff: true });
    if (rest) parts.push({ tekst: rest, treff: false });
  }
  return parts;
}

/** Innbygger.sok: one page of hits plus counts and facets over all hits. */
export async function sok(context: Context, args: InnbyggerSokArgs) {
  const innsyner = await context.innsyner();
  const words = sokeord(args.term);
  if (words.length === 0) throw badInput("term", "term må inneholde minst ett ord");
  const limit = pageSize(args.first);
  const offset = args.fra ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_FRA) {
    throw badInput("fra", `fra må være mellom 0 og ${MAX_FRA}`);
  }
  // Search covers archived meldinger too unless the filter says otherwise.
  const filter = parseFilter({ arkivert: null, ...args.filter });
  const [rows, aggregater] = await Promise.all([
    sokMeldinger(context.db, innsyner, words, { limit, offset, filter }),
    sokAggregater(context.db, innsyner, words, filter),
  ]);
  for (const row of rows) context.loaders.melding.prime(row.meldingId, row);
  return {
    antallTreff: aggregater.antallTreff,
    treffMedHoyereInnloggingsniva: aggregater.treffMedHoyereInnloggingsniva,
    treff: rows.map(({ score, utheving, ...melding }) => ({ melding, score, utheving: uthevingDeler(utheving) })),
    aggregeringer: {
      fiksOrganisasjon: await Promise.all(
        aggregater.kommune.map(async (k) => {
          const kommune = await context.loaders.kommune.load(k.noekkel);
          if (!kommune) throw new Error(`Search hit refers to unknown fiksOrgId ${k.noekkel}`);
          return { kommune, antallTreff: k.antall };
        }),
      ),
      type: aggregater.type.map((t) => ({ type: t.noekkel as MeldingType, antallTreff: t.antall })),
      arstall: aggregater.ar.map((a) => ({ arstall: Number(a.noekkel), antallTreff: a.antall })),
    },
  };
}
