import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, type RunningServer, startServer } from '../support/server.js';
import { scratchDataDir } from './data-dir.js';
import { type Verdict, verify } from './verify.js';
import { Workload } from './workload.js';
import { sleep, type Write } from './writes.js';

/**
 * Crash consistency: Amend is killed with SIGKILL (and, on the embedded database, every second
 * time PostgreSQL itself first) while people sign up, make their space, check in, and a couple
 * proposes, changes and accepts agreements. Every kill lands while writes are in flight. After
 * each restart the writes carry on; at the end every acknowledged write must be stored exactly
 * once, every refused one not at all, and none in part (see verify.ts). The embedded and the
 * external database run side by side, each with its own server, to keep the run short.
 */
const KILL_CYCLES = 20;
const CHECKIN_WRITERS = 2;
/** Acknowledged writes each cycle waits for before it kills: the load is flowing, not starting. */
const ACKNOWLEDGED_BEFORE_KILL = 4;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

async function until(
  condition: () => boolean,
  timeoutMs: number,
  what: string,
  server: RunningServer,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      const exit = server.process.exitCode ?? server.process.signalCode;
      throw new Error(
        `Not within ${timeoutMs} ms: ${what}. Amend ${exit === null ? 'is running' : `exited (${exit})`}; ` +
          `its last words:\n${server.output().slice(-3000)}`,
      );
    }
    await sleep(2);
  }
}

/** Waits for /readyz; a restart after a crash replays PostgreSQL's WAL first. */
async function ready(server: RunningServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) break;
    const answer = await fetch(`${server.baseUrl}/readyz`).catch(() => null);
    if (answer?.status === 200) return;
    await sleep(50);
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

/** The couple whose agreements change under the kills: one proposes, the other accepts. */
async function coupleFor(workload: Workload): Promise<void> {
  const proposer = workload.browser();
  const partner = workload.browser();
  const account = (email: string) => ({
    email,
    password: 'every write counted once',
    displayName: 'Lee',
    timeZone: 'UTC',
  });
  const suffix = workload.runId;
  const expectStatus = async (answer: Promise<{ status: number }>, status: number) =>
    expect((await answer).status).toBe(status);
  await expectStatus(proposer.post('/api/v1/accounts', account(`proposer-${suffix}@ex.org`)), 201);
  await expectStatus(
    proposer.post('/api/v1/space', {
      relationshipType: 'dating',
      role: 'hurt',
      cameToLightOn: '2026-03-01',
    }),
    201,
  );
  const invitation = await proposer.post('/api/v1/space/invitations');
  const token = new URL(String((invitation.body.invitation as { link: string }).link)).pathname
    .split('/')
    .at(-1);
  await expectStatus(partner.post('/api/v1/accounts', account(`partner-${suffix}@ex.org`)), 201);
  await expectStatus(partner.post('/api/v1/invitations/accept', { token, role: 'involved' }), 200);
  workload.agreements.couple(proposer, partner, suffix);
}

interface Cycle {
  readonly killedPostgres: boolean;
  /** Writes sent and unanswered at each kill (PostgreSQL's, then Amend's). */
  readonly inFlightAtKills: number[];
  readonly restartMs: number;
}

interface RunReport {
  readonly cycles: Cycle[];
  readonly verdict: Verdict;
  readonly writes: readonly Write[];
  readonly seconds: number;
}

async function killCycles(options: {
  dataDir: string;
  env: Record<string, string>;
  killPostgresEvery: number | null;
  databaseUrl: () => Promise<string>;
}): Promise<RunReport> {
  const started = performance.now();
  const port = await freePort();
  let server = await startServer(options.dataDir, port, options.env);
  cleanups.push(() => killed(server));
  await ready(server);
  const workload = new Workload(server.baseUrl, randomBytes(4).toString('hex'));
  await coupleFor(workload);
  const cycles: Cycle[] = [];
  const inFlight = () => workload.traffic.writesInFlight;
  for (let cycle = 1; cycle <= KILL_CYCLES; cycle += 1) {
    const load = workload.run(CHECKIN_WRITERS);
    const acknowledgedBefore = workload.log.acknowledged;
    await until(
      () => workload.log.acknowledged - acknowledgedBefore >= ACKNOWLEDGED_BEFORE_KILL,
      60_000,
      `cycle ${cycle}: ${ACKNOWLEDGED_BEFORE_KILL} writes acknowledged`,
      server,
    );
    await sleep(Math.random() * 300);
    const inFlightAtKills: number[] = [];
    const killPostgres =
      options.killPostgresEvery !== null && cycle % options.killPostgresEvery === 0;
    if (killPostgres) {
      // PostgreSQL dies first; Amend answers 503 while the writes go on, until it is killed too.
      await until(() => inFlight() > 0, 10_000, `cycle ${cycle}: a write in flight`, server);
      inFlightAtKills.push(inFlight());
      process.kill(await postmasterPid(options.dataDir), 'SIGKILL');
      await sleep(200 + Math.random() * 300);
    }
    await until(() => inFlight() > 0, 10_000, `cycle ${cycle}: a write in flight`, server);
    inFlightAtKills.push(inFlight());
    await killed(server);
    workload.stop();
    await load;
    const restarting = performance.now();
    server = await startServer(options.dataDir, port, options.env);
    await ready(server);
    const restartMs = Math.round(performance.now() - restarting);
    cycles.push({ killedPostgres: killPostgres, inFlightAtKills, restartMs });
    if (process.env.FAULTS_VERBOSE) {
      console.info(
        `cycle ${cycle}: killed ${killPostgres ? 'PostgreSQL, then Amend' : 'Amend'} with ` +
          `${inFlightAtKills.join(' and ')} writes in flight; ready again in ${restartMs} ms`,
      );
    }
    workload.moveTo(server.baseUrl);
  }
  await workload.finishCheckins();
  expect(workload.checkinsLeftInDoubt).toBe(0);
  const verdict = await verify(await options.databaseUrl(), workload.log.writes, workload.runId);
  await server.stop();
  return {
    cycles,
    verdict,
    writes: workload.log.writes,
    seconds: Math.round((performance.now() - started) / 1000),
  };
}

/** The checks every run must pass, then one line of figures for the README. */
function judge(label: string, run: RunReport): void {
  expect(run.verdict.problems).toEqual([]);
  expect(run.cycles).toHaveLength(KILL_CYCLES);
  expect(run.cycles.filter((cycle) => cycle.inFlightAtKills.some((n) => n === 0))).toEqual([]);
  const acknowledged = (kind: Write['kind']) =>
    run.writes.filter((w) => w.kind === kind && w.outcome === 'acknowledged').length;
  for (const kind of [
    'account',
    'space',
    'checkin',
    'agreement',
    'change',
    'acceptance',
  ] as const) {
    expect(acknowledged(kind), `acknowledged ${kind} writes`).toBeGreaterThan(0);
  }
  const restarts = run.cycles.map((cycle) => cycle.restartMs).sort((a, b) => a - b);
  const kills = run.cycles.flatMap((cycle) => cycle.inFlightAtKills).sort((a, b) => a - b);
  const { checked } = run.verdict;
  console.info(
    `${label}: ${KILL_CYCLES} kill cycles (${run.cycles.filter((c) => c.killedPostgres).length} ` +
      `killing PostgreSQL first) in ${run.seconds} s; writes checked: ${checked.acknowledged} ` +
      `acknowledged, ${checked.refused} refused, ${checked['in doubt']} in doubt or unanswered ` +
      `(${run.writes.filter((w) => w.code === 'OUTCOME_UNKNOWN').length} answers of ` +
      `OUTCOME_UNKNOWN); ` +
      `writes in flight at a kill: ${kills[0]}-${kills.at(-1)}; restart to ready: median ` +
      `${restarts[Math.floor(restarts.length / 2)]} ms, slowest ${restarts.at(-1)} ms`,
  );
}

describe.concurrent('crash consistency', () => {
  it('keeps every acknowledged write exactly once on the embedded database, killing Amend and PostgreSQL', async () => {
    const dataDir = await scratchDataDir(cleanups);
    const run = await killCycles({
      dataDir,
      env: {},
      killPostgresEvery: Number(process.env.FAULTS_KILL_POSTGRES_EVERY ?? 2) || null,
      databaseUrl: () => embeddedUrl(dataDir),
    });
    judge('embedded PostgreSQL', run);
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
      const run = await killCycles({
        dataDir: await scratchDataDir(cleanups),
        env: { DATABASE_URL: url.toString() },
        killPostgresEvery: null,
        databaseUrl: async () => url.toString(),
      });
      judge('external PostgreSQL', run);
    },
  );
});
