import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** What every load scenario reports, beside its baseline's figures. */
export interface LoadSummary {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  /** This process's resident memory after the run: app, database driver and load generator. */
  readonly rssMb: number;
  /** Event-loop delay during the run (the app shares this process's loop). */
  readonly eventLoopDelayP99Ms: number;
}

export type LoadOptions = autocannon.Options;

/**
 * Runs autocannon against a server in this process while watching the event loop. autocannon
 * reports p97.5, not p95, so p95 comes from its histogram's percentile list when present.
 */
export async function measureLoad(options: LoadOptions): Promise<LoadSummary> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(options, (error, outcome) => (error ? reject(error) : resolve(outcome)));
  });
  delay.disable();
  const latency = result.latency as autocannon.Histogram & { p95?: number };
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: latency.p50,
    p95Ms: latency.p95 ?? latency.p97_5,
    p99Ms: latency.p99,
    errors: result.errors + result.non2xx,
    rssMb: Math.round(process.memoryUsage().rss / 1_048_576),
    eventLoopDelayP99Ms: Number((delay.percentile(99) / 1e6).toFixed(1)),
  };
}

/** Nearest-rank percentiles of a list of single measurements, in the same units. */
export function percentiles(samples: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** `--smoke`: every scenario runs for a moment so the harness cannot rot; no figures asserted. */
export const SMOKE = process.argv.includes('--smoke');
