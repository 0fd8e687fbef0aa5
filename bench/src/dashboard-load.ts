import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom, simulateRecovery } from '@amend/core';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../../packages/server/src/app.js';
import { connectDatabase } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { migrate } from '../../packages/server/src/db/migrations.js';
import { signUp } from '../../packages/server/src/features/accounts/service.js';
import { recordCheckin } from '../../packages/server/src/features/checkins/service.js';
import {
  acceptInvitation,
  createInvitation,
} from '../../packages/server/src/features/space/invitations.js';
import { createSpace } from '../../packages/server/src/features/space/service.js';
import { loadConfig } from '../../packages/server/src/platform/config.js';
import type { AppDeps } from '../../packages/server/src/platform/deps.js';
import { createOutboxMailer } from '../../packages/server/src/platform/mail.js';
import { createPasswordHasher } from '../../packages/server/src/platform/passwords.js';

/**
 * GET /api/v1/progress for a couple with two years of weekly check-ins, 50 connections on
 * loopback for a fixed time, beside a bare Fastify route doing one primary-key select on the same
 * database in the same run. Both run in this process; the load generator shares the 2 cores.
 */
const WEEKS = 104;
const WEEK_MS = 7 * 86_400_000;
const PASSWORD = 'benchmark passphrase';

async function seedCouple(deps: AppDeps): Promise<string> {
  const origin = { ipAddress: '127.0.0.1', userAgent: 'bench' };
  const start = Date.now() - WEEKS * WEEK_MS;
  let now = new Date(start);
  const clocked: AppDeps = { ...deps, now: () => now };
  const a = await signUp(
    clocked,
    { email: 'a@bench.amend', password: PASSWORD, displayName: 'A', timeZone: 'UTC' },
    origin,
  );
  const b = await signUp(
    clocked,
    { email: 'b@bench.amend', password: PASSWORD, displayName: 'B', timeZone: 'UTC' },
    origin,
  );
  await createSpace(
    clocked,
    a.id,
    'UTC',
    { relationshipType: 'marriage', role: 'hurt', cameToLightOn: '2024-01-01' },
    origin,
  );
  const invitation = await createInvitation(clocked, a.id, origin);
  await acceptInvitation(
    clocked,
    b.id,
    { token: new URL(invitation.link).pathname.split('/').at(-1) ?? '' },
    'involved',
    origin,
  );
  const history = simulateRecovery({ weeks: WEEKS, random: seededRandom(104), skipChance: 0 });
  for (let week = 0; week < WEEKS; week += 1) {
    now = new Date(start + week * WEEK_MS + 86_400_000);
    for (const [userId, entries] of [
      [a.id, history.hurt],
      [b.id, history.involved],
    ] as const) {
      const entry = entries[week];
      if (entry) {
        const { trust, closeness, honestConversations, mood } = entry;
        await recordCheckin(
          clocked,
          userId,
          { trust, closeness, honestConversations, mood, noteVisibility: 'private' },
          null,
        );
      }
    }
  }
  return a.id;
}

function load(url: string, headers: Record<string, string>, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections: 50, duration: seconds, headers }, (error, result) =>
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
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-'));
  await chmod(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir });
  const database = connectDatabase(
    process.env.DATABASE_URL ?? embedded?.connectionString ?? '',
    20,
  );
  try {
    await migrate(database.db);
    const config = loadConfig({ AMEND_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const deps: AppDeps = {
      config,
      db: database.db,
      mailer: createOutboxMailer(path.join(dataDir, 'outbox'), config.mailFrom),
      hasher: createPasswordHasher(2),
      now: () => new Date(),
      latestMigration: 99,
      cookieSecret: 'bench-cookie-secret-long-enough-for-signing',
    };
    const userId = await seedCouple(deps);
    const app = await buildApp(deps, { logger: false });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const tokenResponse = await fetch(`${appUrl}/api/v1/csrf-token`);
    const csrfCookie = tokenResponse.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    const { token } = (await tokenResponse.json()) as { token: string };
    const signIn = await fetch(`${appUrl}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
      body: JSON.stringify({ email: 'a@bench.amend', password: PASSWORD }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((entry) => entry.split(';')[0])
      .join('; ');

    const baseline = Fastify({ logger: false });
    baseline.get('/user', async () =>
      database.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', '=', userId)
        .executeTakeFirst(),
    );
    const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });

    const base = summary(await load(`${baselineUrl}/user`, {}, seconds));
    const dashboard = summary(await load(`${appUrl}/api/v1/progress`, { cookie }, seconds));
    await baseline.close();
    await app.close();
    return {
      weeksOfHistory: WEEKS,
      baseline: base,
      dashboard,
      throughputRatio: dashboard.requestsPerSecond / base.requestsPerSecond,
      rssMb: Math.round(process.memoryUsage().rss / 1_048_576),
    };
  } finally {
    await database.close();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
