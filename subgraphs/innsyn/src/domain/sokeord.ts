import { badInput, MAKS_TERM_LENGDE } from "@minkommune/subgraph-kit";

/** The most words one search may have; more add cost without narrowing much. */
export const MAX_SOKEORD = 8;

/**
 * The words of a free-text search: letters and digits only (so they are safe inside a tsquery),
 * lower-cased, at most MAX_SOKEORD of them, each cut at 50 characters. The term trimmed may have
 * at most MAKS_TERM_LENGDE characters, as in every other search, else BAD_USER_INPUT on "term"
 * (the message never quotes the term).
 */
export function sokeord(term: string): string[] {
  if ([...term.trim()].length > MAKS_TERM_LENGDE) {
    throw badInput("term", `term kan ha høyst ${MAKS_TERM_LENGDE} tegn`);
  }
  const words = term.toLocaleLowerCase("nb").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 50)))].slice(0, MAX_SOKEORD);
}
