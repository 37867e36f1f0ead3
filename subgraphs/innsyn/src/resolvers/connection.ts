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
import { CURSOR_KINDS, meldingCursor } from "../domain/melding-cursor.ts";
import { MAKS_KORT_TEKST } from "../domain/metadata/felles.ts";
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
  const after = args.after ? parseAfter(args.after) : undefined;
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

function parseAfter(after: string): [string, string] {
  const cursor = meldingCursor(decodeCursor(after, CURSOR_KINDS));
  if (!cursor) throw badInput("after", "Ugyldig cursor");
  return cursor;
}

/** The most values one list filter may hold; each becomes a query parameter. */
export const MAKS_FILTERVERDIER = 50;

function liste<T>(values: readonly T[] | null | undefined, field: string): T[] | undefined {
  if (!values) return undefined;
  if (values.length > MAKS_FILTERVERDIER) {
    throw badInput(field, `${field} kan ha høyst ${MAKS_FILTERVERDIER} verdier`);
  }
  return [...new Set(values)];
}

function uuids(values: readonly string[] | null | undefined, field: string): string[] | undefined {
  const checked = liste(values, field);
  if (!checked) return undefined;
  if (!checked.every(isUuid)) throw badInput(field, `${field} må være UUID-er`);
  return [...new Set(checked.map((v) => v.toLowerCase()))];
}

/** The avsender filter matches the stored avsender exactly, so it can be no longer than one. */
function avsender(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (value.length > MAKS_KORT_TEKST) throw badInput("avsender", `avsender kan ha høyst ${MAKS_KORT_TEKST} tegn`);
  return value;
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
    typer: liste(input.type, "type"),
    fiksOrgIder: uuids(input.fiksOrganisasjonId, "fiksOrganisasjonId"),
    avsender: avsender(input.avsender),
    fra: fra ? osloMidnatt(fra) : undefined,
    til: til ? osloMidnatt(leggTilDager(til, 1)) : undefined,
    ulest: input.ulest ?? undefined,
    arkivert: input.arkivert === undefined ? false : (input.arkivert ?? undefined),
  };
}
