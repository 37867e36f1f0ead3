/** The rows of a raw `execute`: postgres.js returns them as the array, PGlite under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
