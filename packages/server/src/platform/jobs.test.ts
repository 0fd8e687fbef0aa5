import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/database.js';
import { addJob, runDueJobs } from './jobs.js';

const silent = pino({ level: 'silent' });
let database: TestDatabase;
let slowPool: pg.Pool;

/** graphile-worker's statements that record a failed try (they all set `last_error`). */
function recordsAFailure(query: unknown): boolean {
  const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' && text.includes('last_error =');
}

beforeAll(async () => {
  database = await createTestDatabase();
  // A pool on which recording a failure takes a while, as it may on a busy machine.
  slowPool = new pg.Pool({ connectionString: database.url, max: 3 });
  slowPool.on('error', () => {});
  slowPool.on('connect', (client) => {
    client.on('error', () => {});
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      if (!recordsAFailure(args[0])) return query(...args);
      return new Promise((resolve) => setTimeout(resolve, 400)).then(() => query(...args));
    };
  });
});

afterAll(async () => {
  await slowPool.end();
  await database.drop();
});

describe('runDueJobs', () => {
  it('returns only once a failed job is recorded as failed and backing off', async () => {
    await addJob(database.db, { task: 'always_fails', payload: {}, jobKey: 'fails-once' });

    await runDueJobs({
      pool: slowPool,
      tasks: {
        always_fails: async () => {
          throw new Error('the mail server is down');
        },
      },
      log: silent,
    });

    const { rows } = await sql<{ attempts: number; locked: boolean; waiting: boolean }>`
      SELECT attempts, locked_at IS NOT NULL AS locked, run_at > now() + interval '2 seconds' AS waiting
      FROM graphile_worker.jobs WHERE key = 'fails-once'`.execute(database.db);
    expect(rows).toEqual([{ attempts: 1, locked: false, waiting: true }]);
  });
});
