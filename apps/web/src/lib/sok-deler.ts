import type { Sok } from "./sok-params.ts";

/** One part of a search (letters and cases, tasks or invoices): its hits, or that its service did not answer. */
export type SokDel<T> = { status: "ok"; data: T } | { status: "unavailable" };

/** The hit count of each part that answered; undefined marks a part not asked for. */
export interface SokAntall {
  meldinger: SokDel<number> | undefined;
  oppgaver: SokDel<number> | undefined;
  fakturaer: SokDel<number> | undefined;
}

/**
 * Tasks and invoices are searched only without a facet: the facets (municipality, kind, year)
 * are Innsyn's and narrow letters and cases, so a chosen facet means "only these meldinger".
 */
export function sokerOgsaOppgaverOgFakturaer(sok: Sok): boolean {
  return sok.kommune === undefined && sok.type === undefined && sok.ar === undefined;
}

/** The hits over all parts that answered; null when none did (then there is no count to show). */
export function totaltAntall(antall: SokAntall): number | null {
  const svar = [antall.meldinger, antall.oppgaver, antall.fakturaer].filter(
    (del): del is { status: "ok"; data: number } => del?.status === "ok",
  );
  return svar.length === 0 ? null : svar.reduce((sum, del) => sum + del.data, 0);
}
