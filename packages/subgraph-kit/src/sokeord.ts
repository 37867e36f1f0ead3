import { badInput } from "./errors.ts";

/** The longest search term accepted, in characters. */
export const MAKS_TERM_LENGDE = 200;

/**
 * The words of a search term, each to be found somewhere in the row searched (a task, an invoice): the term trimmed must be
 * 1 to 200 characters, else BAD_USER_INPUT on "term" (the message never quotes the term).
 */
export function sokeord(term: string): string[] {
  const trimmed = term.trim();
  if (trimmed.length === 0 || [...trimmed].length > MAKS_TERM_LENGDE) {
    throw badInput("term", `term må være mellom 1 og ${MAKS_TERM_LENGDE} tegn`);
  }
  return [...new Set(trimmed.toLowerCase().split(/\s+/u))];
}

/** A word as an ILIKE pattern matching it anywhere, with the pattern characters taken literally. */
export function somDelstreng(ord: string): string {
  return `%${ord.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}
