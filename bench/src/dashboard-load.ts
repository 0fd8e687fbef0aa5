import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startDashboardFixture, WEEKS_OF_HISTORY } from './dashboard-setup.js';

/**
 * GET /api/v1/progress for a couple with two years of history, 50 connections on loopback for a
 * fixed time, beside a bare Fastify route doing one primary-key select on the same database in
 * the same run, and beside the same bare server sending a stored copy of the dashboard's response
 * (the floor for a response this size here). All run in this process; the load generator shares
 * the 2 cores.
 */
const CONNECTIONS = 50;
/**
 * The app's pool size in production (packages/server/src/db/database.ts); the baseline shares it.
 * BENCH_POOL_SIZE tries another.
 */
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);

function load(url: string, headers: Record<string, string>, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function summary(result: autocannon.Result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export async function benchDashboardLoad(seconds = 8) {
  const fixture = await startDashboardFixture(POOL_SIZE);
  try {
    const baseline = Fastify({ logger: false });
    baseline.get('/user', async () =>
      fixture.database.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', '=', fixture.userId)
        .executeTakeFirst(),
    );
    // The dashboard's own response, sent from memory by a bare route: no database, no analysis.
    // What is left of the dashboard's time beyond this is the server's work; this much is the
    // cost of moving ~75 KB per response through HTTP and the load generator on these cores.
    const dashboardBody = (
      await fixture.app.inject({
        method: 'GET',
        url: '/api/v1/progress',
        headers: { cookie: fixture.cookie },
      })
    ).body;
    baseline.get('/stored-dashboard', async (_request, reply) =>
      reply.type('application/json; charset=utf-8').send(dashboardBody),
    );
    const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });
    // One short warm-up of each, so none pays for JIT compilation in its measured run.
    await load(`${baselineUrl}/user`, {}, 1);
    await load(`${baselineUrl}/stored-dashboard`, {}, 1);
    await load(`${fixture.appUrl}/api/v1/progress`, { cookie: fixture.cookie }, 1);
    const base = summary(await load(`${baselineUrl}/user`, {}, seconds));
    const storedResponse = summary(await load(`${baselineUrl}/stored-dashboard`, {}, seconds));
    const dashboard = summary(
      await load(`${fixture.appUrl}/api/v1/progress`, { cookie: fixture.cookie }, seconds),
    );
    // Browsers always offer gzip; the app sends the kept dashboard's gzipped copy to them.
    const dashboardAsBrowsersAsk = summary(
      await load(
        `${fixture.appUrl}/api/v1/progress`,
        { cookie: fixture.cookie, 'accept-encoding': 'gzip, deflate, br' },
        seconds,
      ),
    );
    await baseline.close();
    return {
      weeksOfHistory: WEEKS_OF_HISTORY,
      connections: CONNECTIONS,
      poolSize: POOL_SIZE,
      responseBytes: Buffer.byteLength(dashboardBody),
      baseline: base,
      storedResponse,
      dashboard,
      dashboardAsBrowsersAsk,
      throughputRatio: Number((dashboard.requestsPerSecond / base.requestsPerSecond).toFixed(4)),
      throughputRatioAsBrowsersAsk: Number(
        (dashboardAsBrowsersAsk.requestsPerSecond / base.requestsPerSecond).toFixed(4),
      ),
      rssMb: Math.round(process.memoryUsage().rss / 1_048_576),
    };
  } finally {
    await fixture.close();
  }
}
