/** The most words one search may have; more add cost without narrowing much. */
export const MAX_SOKEORD = 8;

/**
 * The words of a free-text search: letters and digits only (so they are safe inside a tsquery),
 * lower-cased, at most MAX_SOKEORD of them, each cut at 50 characters.
 */
export function sokeord(term: string): string[] {
  const words = term.toLocaleLowerCase("nb").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 50)))].slice(0, MAX_SOKEORD);
}
