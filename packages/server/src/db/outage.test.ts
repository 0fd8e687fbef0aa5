import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../platform/config.js';
import type { AppDeps } from '../platform/deps.js';
import { addJob, installJobQueue, startWorker } from '../platform/jobs.js';
import { createOutboxMailer } from '../platform/mail.js';
import { createPasswordHasher } from '../platform/passwords.js';
import { TestClient, type TestResponse } from '../test-support/client.js';
import { connectDatabase, type DatabaseHandle } from './database.js';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded.js';
import { migrate, readMigrations } from './migrations.js';

/**
 * The database goes away mid-traffic and comes back on the same address, as it does when
 * PostgreSQL restarts or fails over. A PostgreSQL of its own, so stopping it disturbs no other
 * test. Requests must fail fast with a clear 503, readiness must say so, and the app, its
 * sessions and its job queue must carry on by themselves once the database returns.
 */
const FAIL_FAST_MS = 2_000;
const CHECKIN = {
  trust: 4,
  closeness: 4,
  honestConversations: 1,
  mood: 'okay',
  noteVisibility: 'private',
};

let dataDir = '';
let port = 0;
let embedded: EmbeddedDatabase | null = null;
let database: DatabaseHandle;
let app: FastifyInstance;
let stopWorker: () => Promise<void> = async () => {};
const jobsRun: unknown[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'amend-outage-'));
  port = await freePort();
  embedded = await startEmbeddedDatabase({ dataDir, port });
  database = connectDatabase(embedded.connectionString);
  const config = loadConfig({
    AMEND_DATA_DIR: dataDir,
    DATABASE_URL: embedded.connectionString,
    PUBLIC_URL: 'http://amend.test',
    LOG_LEVEL: 'silent',
  });
  await migrate(database.db);
  const deps: AppDeps = {
    config,
    db: database.db,
    mailer: createOutboxMailer(path.join(dataDir, 'outbox'), config.mailFrom),
    hasher: createPasswordHasher(2),
    now: () => new Date(),
    latestMigration: (await readMigrations()).length,
    cookieSecret: 'outage-test-cookie-secret-long-enough-to-sign',
  };
  app = await buildApp(deps, { logger: false });
  await app.ready();
  await installJobQueue(database.pool, app.log);
  const worker = await startWorker({
    pool: database.pool,
    tasks: { 'outage-probe': async (payload) => void jobsRun.push(payload) },
    log: app.log,
    pollIntervalMs: 200,
  });
  stopWorker = () => worker.stop();
}, 120_000);

afterAll(async () => {
  await stopWorker().catch(() => {});
  await app?.close();
  await database?.close();
  await embedded?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function timed(send: () => Promise<TestResponse>): Promise<TestResponse & { ms: number }> {
  const started = performance.now();
  const response = await send();
  return { ...response, ms: performance.now() - started };
}

function expectUnavailableProblem(response: TestResponse & { ms: number }) {
  expect(response.status, JSON.stringify(response.body)).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['retry-after']).toBe('5');
  expect(response.body).toMatchObject({
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    title: 'Amend is briefly unavailable',
  });
  expect(response.body.detail).toMatch(/Nothing from this request was saved/);
  expect(response.ms).toBeLessThan(FAIL_FAST_MS);
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe('a database outage', () => {
  it('answers 503 fast while the database is down and recovers by itself when it returns', async () => {
    const person = new TestClient(app);
    const signedUp = await person.post('/api/v1/accounts', {
      email: 'outage@example.org',
      password: 'quiet harbour lanterns',
      displayName: 'Robin',
      timeZone: 'Europe/London',
    });
    expect(signedUp.status).toBe(201);
    const space = await person.post('/api/v1/space', {
      relationshipType: 'marriage',
      role: 'hurt',
      cameToLightOn: '2026-01-15',
    });
    expect(space.status).toBe(201);
    expect((await person.get('/readyz')).status).toBe(200);

    // Traffic keeps arriving while the database stops: every answer is a success or a 503.
    const statuses: number[] = [];
    let trafficOn = true;
    const traffic = (async () => {
      while (trafficOn) statuses.push((await person.get('/api/v1/progress')).status);
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await embedded?.stop();
    embedded = null;
    await new Promise((resolve) => setTimeout(resolve, 300));
    trafficOn = false;
    await traffic;
    expect(statuses.length).toBeGreaterThan(2);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(statuses.at(-1)).toBe(503);

    expectUnavailableProblem(await timed(() => person.get('/api/v1/progress')));
    expectUnavailableProblem(await timed(() => person.post('/api/v1/checkins', CHECKIN)));
    const ready = await timed(() => person.get('/readyz'));
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', detail: 'database unreachable' });
    expect(ready.ms).toBeLessThan(FAIL_FAST_MS);
    expect((await person.get('/healthz')).status).toBe(200);

    // The same database comes back on the same address; nothing restarts the app.
    embedded = await startEmbeddedDatabase({ dataDir, port });
    await waitUntil(async () => (await person.get('/readyz')).status === 200, 10_000);
    // The session survived; the check-in refused during the outage was not half-stored.
    expect((await person.get('/api/v1/checkins')).body.thisWeek).toBeNull();
    expect((await person.post('/api/v1/checkins', CHECKIN)).status).toBe(201);
    expect((await person.get('/api/v1/progress')).status).toBe(200);

    // The job queue resumes: a job queued now is worked by the worker started before the outage.
    await addJob(database.db, { task: 'outage-probe', payload: { after: 'outage' } });
    await waitUntil(async () => jobsRun.length > 0, 15_000);
    expect(jobsRun).toEqual([{ after: 'outage' }]);
  }, 90_000);
});
