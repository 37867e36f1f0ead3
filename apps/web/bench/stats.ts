/** The nearest-rank percentile (p in 0..100) of samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

/** A run's timings summarised: count, p50, p95, max (milliseconds) and requests per second. */
export interface Summary {
  requests: number;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
}

/** Summarises the durations of one run that took `wallMs` from first request to last answer. */
export function summarise(durationsMs: readonly number[], wallMs: number): Summary {
  return {
    requests: durationsMs.length,
    p50: percentile(durationsMs, 50),
    p95: percentile(durationsMs, 95),
    max: percentile(durationsMs, 100),
    perSecond: wallMs > 0 ? (durationsMs.length * 1000) / wallMs : Number.NaN,
  };
}
