import {
  badInput,
  decodeCursor,
  encodeCursor,
  isKalenderdato,
  isUuid,
  leggTilDager,
  pageSize,
} from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { countMeldinger, listMeldinger, type MeldingFilter, type MeldingRow } from "../db/meldinger.ts";
import { osloMidnatt } from "../domain/oslo-tid.ts";
import type { MeldingFilter as MeldingFilterInput } from "../generated/resolvers-types.ts";

/** One page of a citizen's meldinger with the counts every Innsyn connection carries. */
export async function meldingSide(
  context: Context,
  filter: MeldingFilter,
  args: { first?: number | null | undefined; after?: string | null | undefined },
) {
  const innsyner = await context.innsyner();
  const limit = pageSize(args.first);
  const after = args.after ? (decodeCursor(args.after, ["string", "string"]) as [string, string]) : undefined;
  const [rows, counts] = await Promise.all([
    listMeldinger(context.db, innsyner, { limit: limit + 1, after, filter }),
    countMeldinger(context.db, innsyner, filter),
  ]);
  for (const row of rows) context.loaders.melding.prime(row.meldingId, row);
  const nodes: MeldingRow[] = rows.slice(0, limit);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount: counts.synlige,
    treffMedHoyereInnloggingsniva: counts.hoyereNiva,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor([last.sendtDato.toISOString(), last.meldingId]) : null,
    },
  };
}

function uuids(values: readonly string[] | null | undefined, field: string): string[] | undefined {
  if (!values) return undefined;
  if (!values.every(isUuid)) throw badInput(field, `${field} må være UUID-er`);
  return values.map((v) => v.toLowerCase());
}

function dato(value: string | null | undefined, field: string): string | undefined {
  if (value == null) return undefined;
  if (!isKalenderdato(value)) throw badInput(field, `${field} må være en dato på formen ÅÅÅÅ-MM-DD`);
  return value;
}

/** The plain filter fields of the list arguments, checked, with Oslo calendar dates turned into instants. */
export function parseFilter(input: {
  type?: MeldingFilterInput["type"];
  fiksOrganisasjonId?: readonly string[] | null | undefined;
  avsender?: string | null | undefined;
  fraDato?: string | null | undefined;
  tilDato?: string | null | undefined;
  ulest?: boolean | null | undefined;
  arkivert?: boolean | null | undefined;
}): MeldingFilter {
  // Absent hides archived meldinger (an inbox); an explicit null shows archived and not alike.
  const fra = dato(input.fraDato, "fraDato");
  const til = dato(input.tilDato, "tilDato");
  if (fra && til && fra > til) throw badInput("tilDato", "tilDato kan ikke være før fraDato");
  return {
    typer: input.type ? [...input.type] : undefined,
    fiksOrgIder: uuids(input.fiksOrganisasjonId, "fiksOrganisasjonId"),
    avsender: input.avsender ?? undefined,
    fra: fra ? osloMidnatt(fra) : undefined,
    til: til ? osloMidnatt(leggTilDager(til, 1)) : undefined,
    ulest: input.ulest ?? undefined,
    arkivert: input.arkivert === undefined ? false : (input.arkivert ?? undefined),
  };
}
