import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../../packages/server/src/app.js';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/database.js';
import { migrate } from '../../packages/server/src/db/migrations.js';
import type { AppDeps } from '../../packages/server/src/platform/deps.js';
import { benchAppDeps } from './bench-deps.js';
import {
  createGrowthDatabase,
  databaseUrl,
  dropGrowthDatabase,
  openGrowthServer,
} from './growth-database.js';
import {
  COUPLES_PER_THERAPIST,
  fillCouples,
  growthCalendar,
  prepareFill,
  sessionToken,
  WEEKS,
} from './growth-fill.js';
import {
  captureStatements,
  explainRequest,
  injectOk,
  planFile,
  type RequestPlans,
  verdictFor,
} from './growth-plans.js';
import { type LoadSummary, measureLoad, percentiles } from './measure.js';

/**
 * Growth: the same database grown from one size to the next (1,000 → 10,000 → 100,000 couples
 * with two years each, see growth-fill.ts), and at each size, with the real app on it: the
 * dashboard as kept (autocannon, CONNECTIONS connections) beside the read baseline (a bare
 * Fastify route doing one primary-key select on the same database, same run); the dashboard's
 * first view, computed, for couples spread over the whole database, one at a time; the caseload
 * of a therapist with 200 couples, one at a time; and the plans of the dashboard's and the
 * caseload's statements with the buffers they touch. Each size is judged PASS or FAIL on the
 * plans alone (growth-plans.ts): no timing is asserted.
 */
const CONNECTIONS = 10;
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
const PLANS_DIR = fileURLToPath(new URL('../plans/', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

export interface GrowthOptions {
  readonly sizes: readonly number[];
  readonly loadSeconds: number;
  /** Couples whose dashboard is opened once each (computed, not kept). */
  readonly firstViews: number;
  readonly caseloadRequests: number;
  /** Write bench/plans/growth-<size>-*.txt and bench/results/growth.json (not in a smoke run). */
  readonly writeFiles: boolean;
  readonly database: string;
  /** Keep the database when done, and grow a kept one instead of starting afresh. */
  readonly keep: boolean;
}

const cookieOf = (token: string) => `amend_session=${token}`;

export function sizeLabel(couples: number): string {
  return couples % 1000 === 0 ? `${couples / 1000}k` : String(couples);
}

function log(line: string): void {
  console.error(`[growth ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

async function timedRequests(urls: readonly { url: string; cookie: string }[]) {
  const latencies: number[] = [];
  let bytes = 0;
  for (const { url, cookie } of urls) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie, 'accept-encoding': 'gzip' } });
    const body = await response.arrayBuffer();
    latencies.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    bytes = body.byteLength;
  }
  const round = (value: number) => Number(value.toFixed(1));
  const { p50, p95, p99 } = percentiles(latencies);
  return {
    requests: latencies.length,
    p50Ms: round(p50),
    p95Ms: round(p95),
    p99Ms: round(p99),
    maxMs: round(Math.max(...latencies)),
    lastResponseBytes: bytes,
  };
}

async function tableCounts(pool: pg.Pool) {
  const result = await pool.query(`
    SELECT (SELECT count(*) FROM couples)::int AS couples,
      (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM checkins)::int AS checkins,
      (SELECT count(*) FROM questionnaire_responses)::int AS questionnaire_responses,
      (SELECT count(*) FROM therapy_sessions)::int AS therapy_sessions,
      (SELECT count(*) FROM incidents)::int AS incidents,
      (SELECT count(*) FROM therapist_consents)::int AS therapist_consents,
      (SELECT count(*) FROM conversations)::int AS conversations,
      (SELECT count(*) FROM agreement_holding)::int AS agreement_holding,
      (pg_database_size(current_database()) / 1048576)::int AS database_mb`);
  return result.rows[0] as Record<string, number>;
}

/** The real app on the growth database, as the other benchmarks start it (logging off). */
async function startApp(deps: AppDeps): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp(deps, { logger: false });
  return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
}

/** The plans of one size: the dashboard computed and kept, and the caseload of therapist 0. */
async function plansAt(deps: AppDeps, pool: pg.Pool): Promise<RequestPlans[]> {
  const person = cookieOf(sessionToken('a', 0));
  const therapist = cookieOf(sessionToken('t', 0));
  // The second request of the same app finds its kept copy: the statements of a kept request.
  const [first = [], kept = []] = await captureStatements(deps, pool, [
    (app) => injectOk(app, '/api/v1/progress', person),
    (app) => injectOk(app, '/api/v1/progress', person),
  ]);
  const [caseload = []] = await captureStatements(deps, pool, [
    (app) => injectOk(app, '/api/v1/therapist/caseload', therapist),
  ]);
  return [
    await explainRequest(pool, 'dashboard', first),
    await explainRequest(pool, 'dashboard-kept', kept),
    await explainRequest(pool, 'caseload', caseload),
  ];
}

async function measureAt(
  deps: AppDeps,
  database: DatabaseHandle,
  size: number,
  options: GrowthOptions,
) {
  const { app, url } = await startApp(deps);
  const baseline = Fastify({ logger: false });
  const anyone = (
    await database.pool.query(`SELECT id FROM users WHERE email_normalized = 'a0@growth.amend'`)
  ).rows[0].id as string;
  baseline.get('/user', async () =>
    database.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', '=', anyone)
      .executeTakeFirst(),
  );
  const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });
  try {
    const dashboardLoad = {
      url: `${url}/api/v1/progress`,
      connections: CONNECTIONS,
      headers: { cookie: cookieOf(sessionToken('a', 0)), 'accept-encoding': 'gzip, deflate, br' },
    };
    const baselineLoad = { url: `${baselineUrl}/user`, connections: CONNECTIONS };
    await measureLoad({ ...baselineLoad, duration: 1 });
    await measureLoad({ ...dashboardLoad, duration: 1 });
    const readBaseline: LoadSummary = await measureLoad({
      ...baselineLoad,
      duration: options.loadSeconds,
    });
    const dashboardKept = await measureLoad({ ...dashboardLoad, duration: options.loadSeconds });
    // Hurt partners of couples spread evenly over the database, oldest to newest, each seen once.
    const views = Math.min(options.firstViews, size);
    const firstView = await timedRequests(
      Array.from({ length: views }, (_, index) => ({
        url: `${url}/api/v1/progress`,
        cookie: cookieOf(sessionToken('a', Math.floor(((index + 0.5) * size) / views))),
      })),
    );
    const caseloadUrl = {
      url: `${url}/api/v1/therapist/caseload`,
      cookie: cookieOf(sessionToken('t', 0)),
    };
    await timedRequests(Array.from({ length: 10 }, () => caseloadUrl));
    const caseload = await timedRequests(
      Array.from({ length: options.caseloadRequests }, () => caseloadUrl),
    );
    return {
      readBaseline,
      dashboardKept,
      dashboardKeptThroughputRatio: Number(
        (dashboardKept.requestsPerSecond / readBaseline.requestsPerSecond).toFixed(3),
      ),
      dashboardFirstView: firstView,
      caseload: { couples: Math.min(COUPLES_PER_THERAPIST, size), ...caseload },
    };
  } finally {
    await baseline.close();
    await app.close();
  }
}

async function machine(pool: pg.Pool) {
  const settings = await pool.query(
    `SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers`,
  );
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    postgres: String(settings.rows[0].version).split(' on ')[0],
    sharedBuffers: settings.rows[0].shared_buffers as string,
  };
}

export async function benchGrowth(options: GrowthOptions) {
  const server = await openGrowthServer();
  const url = databaseUrl(server.adminUrl, options.database);
  const kept = await createGrowthDatabase(server.adminUrl, options.database, options.keep);
  const database = connectDatabase(url, POOL_SIZE);
  const filler = new pg.Client({ connectionString: url });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'amend-bench-growth-app-'));
  const sizes = [];
  try {
    await migrate(database.db);
    await filler.connect();
    await prepareFill(filler);
    const deps = benchAppDeps(database.db, dataDir, { hashesAtOnce: 1 });
    // Nobody signs in with a password here (sessions are written with the fill), but every
    // account gets a real Argon2id hash, so the users table is the size it would be.
    const passwordHash = await deps.hasher.hash('growth benchmark passphrase');
    const calendar = growthCalendar(new Date());
    let previous: RequestPlans[] | null = null;
    for (const size of options.sizes) {
      const have = Number((await filler.query('SELECT count(*) FROM couples')).rows[0].count);
      if (have > size)
        throw new Error(`the database already holds ${have} couples, more than ${size}`);
      log(
        `${sizeLabel(size)}: ${have} couples there${kept ? ' (kept database)' : ''}, writing ${size - have} more`,
      );
      const fillStarted = performance.now();
      const fillSecondsByTable = await fillCouples(
        filler,
        calendar,
        passwordHash,
        have,
        size,
        (done) => {
          if (done % 10_000 === 0) log(`  ${done} couples`);
        },
      );
      log(`${sizeLabel(size)}: seconds per table ${JSON.stringify(fillSecondsByTable)}`);
      const fillSeconds = (performance.now() - fillStarted) / 1000;
      const vacuumStarted = performance.now();
      // As autovacuum would have by now on a database that grew over two years: visibility map
      // and hint bits set, statistics fresh. Done here so it does not run during the measurements.
      await filler.query('VACUUM (ANALYZE)');
      const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
      const rows = await tableCounts(database.pool);
      log(
        `${sizeLabel(size)}: filled in ${fillSeconds.toFixed(0)} s, vacuumed in ${vacuumSeconds.toFixed(0)} s: ${JSON.stringify(rows)}`,
      );
      const [loadBefore = 0] = os.loadavg();
      const plans = await plansAt(deps, database.pool);
      const measured = await measureAt(deps, database, size, options);
      // Other work on the machine moves every latency here; the plans' buffers do not move.
      const [loadAfter = 0] = os.loadavg();
      const loadAverage = [loadBefore, loadAfter].map((value) => Number(value.toFixed(1)));
      const verdict = verdictFor(plans, previous);
      const label = sizeLabel(size);
      if (options.writeFiles) {
        await mkdir(PLANS_DIR, { recursive: true });
        for (const request of plans) {
          await writeFile(
            path.join(PLANS_DIR, `growth-${label}-${request.name}.txt`),
            planFile(request, [
              `Growth benchmark (bench/src/growth.ts), ${size.toLocaleString('en')} couples × ${WEEKS} weeks, ${new Date().toISOString().slice(0, 10)}`,
              `Rows: ${Object.entries(rows)
                .map(([table, count]) => `${table} ${count.toLocaleString('en')}`)
                .join(', ')}`,
              request.name === 'caseload'
                ? `GET /api/v1/therapist/caseload for therapist 0 (${Math.min(COUPLES_PER_THERAPIST, size)} couples)`
                : `GET /api/v1/progress for couple 0's hurt partner, ${request.name === 'dashboard' ? 'first view (computed)' : 'kept copy current'}`,
            ]),
          );
        }
      }
      const report = {
        couples: size,
        rows,
        fillSeconds: Math.round(fillSeconds),
        fillSecondsByTable,
        vacuumSeconds: Math.round(vacuumSeconds),
        loadAverage,
        ...measured,
        plans: plans.map((request) => ({
          name: request.name,
          statements: request.statements.length,
          buffers: request.buffers,
          largeSeqScans: request.largeSeqScans,
        })),
        verdict: verdict.pass ? 'PASS' : 'FAIL',
        reasons: verdict.reasons,
      };
      sizes.push(report);
      log(
        `${label}: ${report.verdict} — buffers ${plans.map((p) => `${p.name} ${p.buffers}`).join(', ')}; ` +
          `dashboard kept p50/p95/p99 ${measured.dashboardKept.p50Ms}/${measured.dashboardKept.p95Ms}/${measured.dashboardKept.p99Ms} ms ` +
          `(${measured.dashboardKept.requestsPerSecond} req/s, baseline ${measured.readBaseline.requestsPerSecond}); ` +
          `first view p50/p95/p99 ${measured.dashboardFirstView.p50Ms}/${measured.dashboardFirstView.p95Ms}/${measured.dashboardFirstView.p99Ms} ms; ` +
          `caseload p95 ${measured.caseload.p95Ms} ms${verdict.pass ? '' : `\n  ${verdict.reasons.join('\n  ')}`}`,
      );
      previous = plans;
    }
    const results = { machine: await machine(database.pool), connections: CONNECTIONS, sizes };
    if (options.writeFiles) {
      await mkdir(RESULTS_DIR, { recursive: true });
      await writeFile(
        path.join(RESULTS_DIR, 'growth.json'),
        `${JSON.stringify(results, null, 2)}\n`,
      );
    }
    return results;
  } finally {
    await filler.end().catch(() => {});
    await database.close();
    if (!options.keep) await dropGrowthDatabase(server.adminUrl, options.database);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
