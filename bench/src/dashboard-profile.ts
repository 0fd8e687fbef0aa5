import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { Kysely, PostgresDialect } from 'kysely';
import { buildApp } from '../../packages/server/src/app.js';
import type { Database } from '../../packages/server/src/db/schema.js';
import { startDashboardFixture } from './dashboard-setup.js';

/**
 * Where one dashboard request spends its time, one request at a time (no contention): how many
 * SQL statements it runs and how long it takes in the process. With PROFILE_CPU set to a file
 * name it also writes a CPU profile of the measured requests only (seeding left out), to open in
 * Chrome DevTools or any .cpuprofile viewer:
 *
 *   PROFILE_CPU=bench/results/dashboard.cpuprofile \
 *     node --conditions=@amend/source --import tsx bench/src/dashboard-profile.ts
 */
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 300);
const CPU_PROFILE_FILE = process.env.PROFILE_CPU;

/** "select checkins", "insert audit_events": enough to tell a request's statements apart. */
function statementLabel(sql: string): string {
  const match = /^(\w+)\b.*?\b(?:from|into|update)\s+"(\w+)"/s.exec(sql);
  return match ? `${match[1]} ${match[2]}` : sql.slice(0, 40);
}

const fixture = await startDashboardFixture(10);
try {
  const statements: string[] = [];
  const msByStatement = new Map<string, number>();
  // The same pool, seen through a Kysely that records every statement it runs and its time.
  const counting = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: fixture.database.pool }),
    log: (event) => {
      statements.push(event.query.sql);
      const label = statementLabel(event.query.sql);
      msByStatement.set(label, (msByStatement.get(label) ?? 0) + event.queryDurationMillis);
    },
  });
  const app = await buildApp({ ...fixture.deps, db: counting }, { logger: false });
  const request = () =>
    app.inject({ method: 'GET', url: '/api/v1/progress', headers: { cookie: fixture.cookie } });
  const first = await request();
  if (first.statusCode !== 200) throw new Error(`progress answered ${first.statusCode}`);
  const firstRequestStatements = [...statements];
  for (let warmUp = 0; warmUp < 50; warmUp += 1) await request();
  statements.length = 0;
  msByStatement.clear();
  const inspector = new Session();
  if (CPU_PROFILE_FILE) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  const durations: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < REQUESTS; index += 1) {
    const started = performance.now();
    await request();
    durations.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  if (CPU_PROFILE_FILE) {
    const { profile } = await inspector.post('Profiler.stop');
    await writeFile(CPU_PROFILE_FILE, JSON.stringify(profile));
    inspector.disconnect();
  }
  durations.sort((a, b) => a - b);
  const at = (share: number) =>
    Number((durations[Math.floor(share * (durations.length - 1))] ?? 0).toFixed(2));
  console.log(
    JSON.stringify(
      {
        requests: REQUESTS,
        responseBytes: first.body.length,
        statementsPerRequest: statements.length / REQUESTS,
        // This process only (the app and the driver), not PostgreSQL; steadier than the latency
        // when other work shares the machine.
        cpuMsPerRequest: Number(((cpu.user + cpu.system) / 1000 / REQUESTS).toFixed(2)),
        statementMsPerRequest: Object.fromEntries(
          [...msByStatement].map(([label, ms]) => [label, Number((ms / REQUESTS).toFixed(3))]),
        ),
        serialLatencyMs: { p50: at(0.5), p99: at(0.99) },
        firstRequestStatements,
      },
      null,
      2,
    ),
  );
  await app.close();
} finally {
  await fixture.close();
}
