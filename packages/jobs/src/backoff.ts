/** How long to wait before the next attempt after a failure. */
export type Backoff = (attempt: number) => number;

/** Doubling delay from `baseMs`, capped at `maxMs`: 10 s, 20 s, 40 s … at most one hour by default. */
export function exponentialBackoff(baseMs = 10_000, maxMs = 3_600_000): Backoff {
  return (attempt) => Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
