import type { MeldingFilter, MeldingType } from "../generated/graphql.ts";
import type { SearchParam } from "./list-params.ts";
import { isUuid } from "./uuid.ts";

/** The kinds of melding in the order the results are grouped. */
export const MELDING_TYPER: readonly MeldingType[] = [
  "forsendelse",
  "mappe",
  "journalpost",
  "innsendtskjema",
  "skjemakladd",
];

/** The longest search term sent on; longer input is cut, not refused. */
export const MAKS_SOKELENGDE = 200;

/** A search as the URL holds it: the term and the chosen facets. */
export interface Sok {
  q: string;
  kommune?: string;
  type?: MeldingType;
  ar?: number;
}

const first = (value: SearchParam) => (Array.isArray(value) ? value[0] : value);

/** The search from /sok's query string; unknown or malformed facets are dropped. */
export function parseSok(params: Record<string, SearchParam>): Sok {
  const q = (first(params.q) ?? "").trim().slice(0, MAKS_SOKELENGDE);
  const kommune = first(params.kommune);
  const type = MELDING_TYPER.find((t) => t === first(params.type));
  const ar = first(params.ar);
  return {
    q,
    ...(isUuid(kommune) && { kommune: kommune.toLowerCase() }),
    ...(type && { type }),
    ...(ar && /^(19|20)\d{2}$/.test(ar) && { ar: Number(ar) }),
  };
}

/** The /sok URL of a search, with `endring` applied (undefined removes a facet). */
export function sokHref(sok: Sok, endring: Partial<Record<keyof Sok, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...sok, ...endring };
  const query = new URLSearchParams();
  for (const name of ["q", "kommune", "type", "ar"] as const) {
    const value = merged[name];
    if (value !== undefined && value !== "") query.set(name, String(value));
  }
  return `/sok?${query.toString()}`;
}

/** The facets as Innsyn's filter: a year is its Oslo calendar days, both ends included. */
export function sokFilter(sok: Sok): MeldingFilter {
  return {
    // Search finds archived meldinger too.
    arkivert: null,
    ...(sok.kommune && { fiksOrganisasjonId: [sok.kommune] }),
    ...(sok.type && { type: [sok.type] }),
    ...(sok.ar && { fraDato: `${sok.ar}-01-01`, tilDato: `${sok.ar}-12-31` }),
  };
}

/** Hits grouped by kind, in MELDING_TYPER order, keeping the best-first order inside each group. */
export function grupperEtterType<T extends { melding: { type: MeldingType } }>(
  treff: readonly T[],
): { type: MeldingType; treff: T[] }[] {
  return MELDING_TYPER.map((type) => ({ type, treff: treff.filter((t) => t.melding.type === type) })).filter(
    (gruppe) => gruppe.treff.length > 0,
  );
}

/** Innsyn searches on words: a term of only punctuation has none and is not sent. */
export function harOrd(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}
