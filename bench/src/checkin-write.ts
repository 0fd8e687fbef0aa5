import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/src/app.js';
import { connectDatabase } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { migrate, readMigrations } from '../../packages/server/src/db/migrations.js';
import { benchAppDeps } from './bench-deps.js';
import { measureLoad, percentiles, SMOKE } from './measure.js';

/**
 * Check-in writes. Each person may record one check-in a week, so a sustained write load is
 * people changing this week's check-in (PUT /api/v1/checkins/:id: the same checks, lock, update
 * and revision trigger as recording it), spread over many people; the first check-in of each
 * person (POST) is timed one by one. The baseline is a bare Fastify route doing one INSERT on the
 * same database with the same pool size, measured in the same run.
 */
const CONNECTIONS = 10;
const POOL_SIZE = 10;
const CHECKIN = { trust: 6, closeness: 5, honestConversations: 2, mood: 'okay' };

interface Person {
  readonly cookie: string;
  readonly csrf: string;
  readonly checkinId: string;
}

/** A browser's sign-up, space and first check-in, through the API; returns the POST's time. */
async function newPerson(appUrl: string, index: number): Promise<Person & { postMs: number }> {
  // Each person comes from their own address, so sign-up rate limits see separate people.
  const address = { 'x-forwarded-for': `10.9.${Math.floor(index / 250)}.${(index % 250) + 1}` };
  const tokenResponse = await fetch(`${appUrl}/api/v1/csrf-token`, { headers: address });
  const { token } = (await tokenResponse.json()) as { token: string };
  let cookie = tokenResponse.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const send = async (method: string, url: string, body: unknown) => {
    const response = await fetch(`${appUrl}${url}`, {
      method,
      headers: { ...address, cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const added = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    if (added.length > 0) cookie = [cookie, ...added].join('; ');
    if (!response.ok)
      throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  await send('POST', '/api/v1/accounts', {
    email: `writer-${index}@bench.amend`,
    password: 'benchmark passphrase',
    displayName: 'Writer',
    timeZone: 'UTC',
  });
  await send('POST', '/api/v1/space', {
    relationshipType: 'marriage',
    role: index % 2 === 0 ? 'hurt' : 'involved',
    cameToLightOn: '2026-01-15',
  });
  const started = performance.now();
  const created = await send('POST', '/api/v1/checkins', { ...CHECKIN, noteVisibility: 'private' });
  const postMs = performance.now() - started;
  return { cookie, csrf: token, checkinId: (created.checkin as { id: string }).id, postMs };
}

export async function benchCheckinWrite(seconds = SMOKE ? 1 : 8) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-write-'));
  await chmod(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir });
  const database = connectDatabase(
    process.env.DATABASE_URL ?? embedded?.connectionString ?? '',
    POOL_SIZE,
  );
  const baseline = Fastify({ logger: false });
  try {
    await migrate(database.db);
    const deps = benchAppDeps(database.db, dataDir, {
      env: { TRUST_PROXY: 'true' },
      hashesAtOnce: 2,
      latestMigration: (await readMigrations()).length,
    });
    const app = await buildApp(deps, { logger: false });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const people: Person[] = [];
    const postTimes: number[] = [];
    for (let index = 0; index < (SMOKE ? 4 : 40); index += 1) {
      const person = await newPerson(appUrl, index);
      people.push(person);
      postTimes.push(person.postMs);
    }

    await sql`CREATE TABLE IF NOT EXISTS bench_writes (id uuid PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL)`.execute(
      database.db,
    );
    baseline.post('/write', async (request) => {
      await sql`INSERT INTO bench_writes VALUES (gen_random_uuid(), ${JSON.stringify(request.body)}::jsonb, now())`.execute(
        database.db,
      );
      return { ok: true };
    });
    const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });

    let next = 0;
    const changes = {
      url: appUrl,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [
        {
          method: 'PUT' as const,
          setupRequest: (request: autocannon.Request) => {
            const person = people[next % people.length] as Person;
            next += 1;
            return {
              ...request,
              path: `/api/v1/checkins/${person.checkinId}`,
              headers: {
                cookie: person.cookie,
                'x-csrf-token': person.csrf,
                'content-type': 'application/json',
              },
              body: JSON.stringify({
                ...CHECKIN,
                trust: 1 + (next % 10),
                noteVisibility: 'private',
              }),
            };
          },
        },
      ],
    };
    const baselineLoad = {
      url: `${baselineUrl}/write`,
      method: 'POST' as const,
      connections: CONNECTIONS,
      duration: seconds,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...CHECKIN, noteVisibility: 'private' }),
    };
    // A short warm-up of each, so neither pays for JIT compilation in its measured run.
    await measureLoad({ ...baselineLoad, duration: 1 });
    await measureLoad({ ...changes, duration: 1 });
    const base = await measureLoad(baselineLoad);
    const checkinChange = await measureLoad(changes);
    await app.close();
    return {
      connections: CONNECTIONS,
      poolSize: POOL_SIZE,
      people: people.length,
      firstCheckinPostMs: percentiles(postTimes.map((ms) => Math.round(ms * 10) / 10)),
      baseline: base,
      checkinChange,
      throughputRatio: Number(
        (checkinChange.requestsPerSecond / base.requestsPerSecond).toFixed(3),
      ),
      targets: { throughputRatio: 0.4, p99Ms: 100 },
    };
  } finally {
    await baseline.close();
    await database.close();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('checkin-write.ts')) {
  console.log(JSON.stringify(await benchCheckinWrite(), null, 2));
}
