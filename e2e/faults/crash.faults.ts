import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, type RunningServer, startServer } from '../support/server.js';
import { scratchDataDir } from './data-dir.js';
import { Browser } from './http.js';
import { brokenPromises } from './verify.js';
import { Workload } from './workload.js';

/**
 * Crash consistency: Amend is killed with SIGKILL (and, on the embedded database, PostgreSQL
 * itself) while people sign up, make their space, check in and propose agreements. After each
 * restart the writes carry on; at the end every acknowledged write must be stored exactly once,
 * every refused one not at all, and none in part.
 */
const KILL_CYCLES = 20;
const CHECKIN_WRITERS = 2;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for /readyz; a restart after a crash replays PostgreSQL's WAL first, slow on a busy disk. */
async function ready(server: RunningServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) break;
    const answer = await fetch(`${server.baseUrl}/readyz`).catch(() => null);
    if (answer?.status === 200) return;
    await sleep(100);
  }
  throw new Error(`Amend did not become ready:\n${server.output()}`);
}

async function killed(server: RunningServer): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = once(server.process, 'exit');
  server.process.kill('SIGKILL');
  await exited;
}

/** The embedded PostgreSQL's own process, from the pid file it keeps in its cluster folder. */
async function postmasterPid(dataDir: string): Promise<number> {
  const text = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  return Number.parseInt(text.split('\n')[0] ?? '', 10);
}

async function embeddedUrl(dataDir: string): Promise<string> {
  const lines = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split(
    '\n',
  );
  const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${lines[3]}/postgres`;
}

/** A couple whose first partner proposes agreements during the load. */
async function proposerIn(baseUrl: string): Promise<Browser> {
  const proposer = new Browser(baseUrl);
  const partner = new Browser(baseUrl);
  const account = (email: string) => ({
    email,
    password: 'every write counted once',
    displayName: 'Lee',
    timeZone: 'UTC',
  });
  const suffix = randomBytes(4).toString('hex');
  expect(
    (await proposer.post('/api/v1/accounts', account(`proposer-${suffix}@example.org`))).status,
  ).toBe(201);
  expect(
    (
      await proposer.post('/api/v1/space', {
        relationshipType: 'dating',
        role: 'hurt',
        cameToLightOn: '2026-03-01',
      })
    ).status,
  ).toBe(201);
  const invitation = await proposer.post('/api/v1/space/invitations');
  const token = new URL(String((invitation.body.invitation as { link: string }).link)).pathname
    .split('/')
    .at(-1);
  expect(
    (await partner.post('/api/v1/accounts', account(`partner-${suffix}@example.org`))).status,
  ).toBe(201);
  expect(
    (await partner.post('/api/v1/invitations/accept', { token, role: 'involved' })).status,
  ).toBe(200);
  return proposer;
}

interface CycleReport {
  readonly restartsMs: number[];
  readonly writes: Record<string, number>;
}

async function killCycles(options: {
  dataDir: string;
  env: Record<string, string>;
  killPostgresEvery: number | null;
  databaseUrl: () => Promise<string>;
}): Promise<CycleReport> {
  const port = await freePort();
  let server = await startServer(options.dataDir, port, options.env);
  cleanups.push(() => killed(server));
  await ready(server);
  const workload = new Workload(
    server.baseUrl,
    await proposerIn(server.baseUrl),
    randomBytes(3).toString('hex'),
  );
  const restartsMs: number[] = [];
  for (let cycle = 1; cycle <= KILL_CYCLES; cycle += 1) {
    const load = workload.run(CHECKIN_WRITERS);
    await sleep(300 + Math.random() * 700);
    if (options.killPostgresEvery && cycle % options.killPostgresEvery === 0) {
      // PostgreSQL dies first; Amend keeps answering (503) until it is killed in turn.
      process.kill(await postmasterPid(options.dataDir), 'SIGKILL');
      await sleep(200 + Math.random() * 300);
    }
    await killed(server);
    workload.stop();
    await load;
    const started = performance.now();
    server = await startServer(options.dataDir, port, options.env);
    await ready(server);
    restartsMs.push(Math.round(performance.now() - started));
    if (process.env.FAULTS_VERBOSE)
      console.info(`cycle ${cycle}: ready again in ${restartsMs.at(-1)} ms`);
    workload.moveTo(server.baseUrl);
  }
  await workload.finishCheckinsInDoubt();
  expect(workload.checkinsLeftInDoubt).toBe(0);
  const problems = await brokenPromises(await options.databaseUrl(), workload.writes);
  await server.stop();
  expect(problems).toEqual([]);
  const writes: Record<string, number> = {};
  for (const write of workload.writes) {
    const key = `${write.kind} ${write.outcome}`;
    writes[key] = (writes[key] ?? 0) + 1;
  }
  expect(writes['checkin acknowledged'] ?? 0).toBeGreaterThan(KILL_CYCLES);
  expect(writes['agreement acknowledged'] ?? 0).toBeGreaterThan(KILL_CYCLES);
  return { restartsMs, writes };
}

function report(label: string, result: CycleReport): void {
  const sorted = [...result.restartsMs].sort((a, b) => a - b);
  console.info(
    `${label}: ${KILL_CYCLES} kill cycles; restart to ready median ${sorted[Math.floor(sorted.length / 2)]} ms, ` +
      `slowest ${sorted.at(-1)} ms; writes ${JSON.stringify(result.writes)}`,
  );
}

describe('crash consistency', () => {
  it('keeps every acknowledged write exactly once on the embedded database, killing Amend and PostgreSQL', async () => {
    const dataDir = await scratchDataDir(cleanups);
    const result = await killCycles({
      dataDir,
      env: {},
      killPostgresEvery: Number(process.env.FAULTS_KILL_POSTGRES_EVERY ?? 2) || null,
      databaseUrl: () => embeddedUrl(dataDir),
    });
    report('embedded PostgreSQL (every second cycle kills PostgreSQL first)', result);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'keeps every acknowledged write exactly once on an external PostgreSQL, killing Amend',
    async () => {
      const adminUrl = process.env.TEST_DATABASE_URL ?? '';
      const name = `amend_faults_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const result = await killCycles({
        dataDir: await scratchDataDir(cleanups),
        env: { DATABASE_URL: url.toString() },
        killPostgresEvery: null,
        databaseUrl: async () => url.toString(),
      });
      report('external PostgreSQL', result);
    },
  );
});
