import type autocannon from 'autocannon';
import { sql } from 'kysely';
import { startDashboardFixture } from './dashboard-setup.js';
import { measureLoad, SMOKE } from './measure.js';

/**
 * Soak: mixed traffic for ten minutes (the two-year dashboard as browsers ask, the person's own
 * account and space, and changes to this week's check-in, in the proportions of someone using the
 * app), measured in back-to-back windows. After each window the process's RSS and heap and the
 * database connections Amend holds are sampled; the report is their slope over the run (least
 * squares, the first window left out as warm-up) and the last window's throughput as a ratio to
 * the first's. Flat means a slope near zero and a ratio near 1.
 */
const CONNECTIONS = 10;
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
const CHECKIN = { trust: 6, closeness: 5, honestConversations: 2, mood: 'okay' };

interface Sample {
  readonly minute: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly databaseConnections: number;
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
}

/** Least-squares slope of y against x; 0 when there are fewer than two points. */
function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let numerator = 0;
  let denominator = 0;
  for (const { x, y } of points) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

export async function benchSoak(totalSeconds = SMOKE ? 3 : 600, windowSeconds = SMOKE ? 1 : 30) {
  const fixture = await startDashboardFixture(POOL_SIZE);
  try {
    const headers = { cookie: fixture.cookie, 'x-csrf-token': fixture.csrfToken };
    // This week's check-in (the seeded history ends last week), changed again and again below.
    const created = await fetch(`${fixture.appUrl}/api/v1/checkins`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ ...CHECKIN, noteVisibility: 'private' }),
    });
    if (!created.ok) throw new Error(`the soak's check-in was answered ${created.status}`);
    const { checkin } = (await created.json()) as { checkin: { id: string } };
    let turn = 0;
    const mixed: autocannon.Options = {
      url: fixture.appUrl,
      connections: CONNECTIONS,
      requests: [
        {
          setupRequest: (request: autocannon.Request) => {
            turn += 1;
            const kind = turn % 10;
            if (kind < 5) {
              return {
                ...request,
                method: 'GET',
                path: '/api/v1/progress',
                headers: { ...headers, 'accept-encoding': 'gzip' },
              };
            }
            if (kind < 7) return { ...request, method: 'GET', path: '/api/v1/me', headers };
            if (kind < 9) return { ...request, method: 'GET', path: '/api/v1/space', headers };
            return {
              ...request,
              method: 'PUT',
              path: `/api/v1/checkins/${checkin.id}`,
              headers: { ...headers, 'content-type': 'application/json' },
              body: JSON.stringify({
                ...CHECKIN,
                trust: 1 + (turn % 10),
                noteVisibility: 'private',
              }),
            };
          },
        },
      ],
    };
    const samples: Sample[] = [];
    const started = Date.now();
    while (Date.now() - started < totalSeconds * 1000) {
      const window = await measureLoad({ ...mixed, duration: windowSeconds });
      const connections = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database()`.execute(
        fixture.database.db,
      );
      const memory = process.memoryUsage();
      samples.push({
        minute: Number(((Date.now() - started) / 60_000).toFixed(2)),
        rssMb: Math.round(memory.rss / 1_048_576),
        heapMb: Math.round(memory.heapUsed / 1_048_576),
        databaseConnections: connections.rows[0]?.count ?? 0,
        requestsPerSecond: window.requestsPerSecond,
        p99Ms: window.p99Ms,
        errors: window.errors,
      });
    }
    const settled = samples.slice(1);
    const per = (pick: (sample: Sample) => number) =>
      Number(slope(settled.map((sample) => ({ x: sample.minute, y: pick(sample) }))).toFixed(3));
    const first = samples[0];
    const last = samples.at(-1);
    return {
      seconds: totalSeconds,
      windowSeconds,
      connections: CONNECTIONS,
      mix: '50% dashboard, 20% account, 20% space, 10% check-in change',
      samples,
      rssMbPerMinute: per((sample) => sample.rssMb),
      heapMbPerMinute: per((sample) => sample.heapMb),
      databaseConnectionsPerMinute: per((sample) => sample.databaseConnections),
      lastToFirstThroughputRatio:
        first && last
          ? Number((last.requestsPerSecond / Math.max(1, first.requestsPerSecond)).toFixed(3))
          : null,
      errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    };
  } finally {
    await fixture.close();
  }
}
