import { cpuPerRequest } from "./process-cpu.ts";

/** The p-th percentile (0–100) of the samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** How a closed loop went: latency percentiles, throughput and CPU per request by process. */
export interface LoopResult {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  cpu: Record<string, number>;
}

/**
 * `concurrency` clients, each sending the next request as soon as the last is answered, until
 * `requests` have been sent (after `warmUp` sent one at a time). CPU is counted for `processes`
 * (name → pid), this client, and the rest of the machine.
 */
export async function closedLoop(options: {
  concurrency: number;
  requests: number;
  warmUp: number;
  processes: Record<string, number>;
  send: () => Promise<{ ms: number }>;
}): Promise<LoopResult> {
  for (let i = 0; i < options.warmUp; i++) await options.send();
  const times: number[] = [];
  let sent = 0;
  const started = performance.now();
  const cpu = await cpuPerRequest(options.processes, options.requests, async () => {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (sent < options.requests) {
          sent++;
          times.push((await options.send()).ms);
        }
      }),
    );
  });
  const perSecond = options.requests / ((performance.now() - started) / 1000);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), perSecond, cpu };
}

/** One line for a loop's result. */
export function describeLoop(result: LoopResult): string {
  const share = Object.entries(result.cpu).map(([name, value]) => `${name} ${value.toFixed(2)}`);
  return `p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, ${result.perSecond.toFixed(0)} req/s; CPU ms per request: ${share.join(", ")}`;
}
