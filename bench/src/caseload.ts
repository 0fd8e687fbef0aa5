import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import { COUPLES, startCaseloadFixture, WEEKS } from './caseload-setup.js';

/**
 * GET /api/v1/therapist/caseload for a therapist with COUPLES couples × a year of data, one
 * request at a time over loopback HTTP, beside the read baseline the dashboard benchmark uses (a
 * bare Fastify route doing one primary-key select on the same database) measured the same way
 * in the same run. Every caseload request also writes its access-log events (one per partner
 * shown), as in production.
 */
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);

function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

async function timed(url: string, headers: Record<string, string>, requests: number) {
  const latencies: number[] = [];
  let bytes = 0;
  for (let index = 0; index < requests; index += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.arrayBuffer();
    latencies.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    bytes = body.byteLength;
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = latencies.reduce((sum, value) => sum + value, 0);
  const round = (value: number) => Number(value.toFixed(2));
  return {
    requests,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    requestsPerSecond: round((requests / total) * 1000),
    responseBytes: bytes,
  };
}

export async function benchCaseload(requests = 100) {
  const fixture = await startCaseloadFixture(POOL_SIZE);
  try {
    const baseline = Fastify({ logger: false });
    baseline.get('/user', async () =>
      fixture.database.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', '=', fixture.therapistId)
        .executeTakeFirst(),
    );
    const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });
    const caseloadUrl = `${fixture.appUrl}/api/v1/therapist/caseload`;
    const headers = { cookie: fixture.cookie };
    // Warm-up, so neither pays for JIT compilation or cold caches in its measured run.
    await timed(`${baselineUrl}/user`, {}, 20);
    await timed(caseloadUrl, headers, 10);
    const base = await timed(`${baselineUrl}/user`, {}, requests * 5);
    const caseload = await timed(caseloadUrl, headers, requests);
    await baseline.close();
    return {
      couples: COUPLES,
      weeksOfData: WEEKS,
      rows: fixture.rows,
      poolSize: POOL_SIZE,
      baseline: base,
      caseload,
      targetP95Ms: 100,
      meetsTarget: caseload.p95Ms <= 100,
      p95RatioToBaseline: Number((caseload.p95Ms / base.p95Ms).toFixed(1)),
      throughputRatio: Number((caseload.requestsPerSecond / base.requestsPerSecond).toFixed(4)),
    };
  } finally {
    await fixture.close();
  }
}
