import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isWriteInDoubt } from '../platform/database-errors.js';
import { cutConnection, holdInserts, type Stall } from '../test-support/connection-cut.js';
import { useTestContext } from '../test-support/context.js';
import { createSpace, GOOD_PASSWORD, signUp } from '../test-support/factories.js';
import { connectDatabase } from './database.js';

/**
 * The database going away in the middle of a write (the fault tests kill it at random; here one
 * connection is cut at a chosen statement). An answer of 503 "nothing from this request was
 * saved" must be true: the request's changes are one transaction that never committed. When the
 * connection broke during the commit itself nobody can know, and the answer says so instead.
 */
const ctx = useTestContext();
let stall: Stall | null = null;

afterEach(async () => {
  await stall?.remove();
  stall = null;
});

/** The error a write fails with; taken at once, so the failure is never an unhandled rejection. */
async function caught(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => new Error('expected the connection to be cut'),
    (error: unknown) => error,
  );
}

describe('a connection cut by the database going away', () => {
  beforeAll(async () => {
    await sql`CREATE TABLE amend_test_probe (id int)`.execute(ctx.database.db);
  });

  it('during COMMIT leaves the change in doubt, though Kysely throws its ROLLBACK error', async () => {
    stall = await holdInserts(ctx.database.url, 'amend_test_probe', 'commit');
    const failure = caught(
      ctx.database.db
        .transaction()
        .execute((trx) => sql`INSERT INTO amend_test_probe VALUES (1)`.execute(trx)),
    );
    await stall.cut();
    const error = await failure;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isWriteInDoubt(error)).toBe(true);
  });

  it('during a change outside a transaction (it commits by itself) leaves it in doubt', async () => {
    stall = await holdInserts(ctx.database.url, 'amend_test_probe', 'statement');
    const failure = caught(sql`INSERT INTO amend_test_probe VALUES (2)`.execute(ctx.database.db));
    await stall.cut();
    const error = await failure;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isWriteInDoubt(error)).toBe(true);
  });

  it('between statements does not end the process, on a connection opened before anyone listened', async () => {
    // Amend's migrations open connections before the job queue adds its listeners. The driver
    // reports a connection broken between two statements (PostgreSQL dying mid-transaction) as an
    // 'error' event; with nobody listening, Node ended Amend.
    const own = connectDatabase(ctx.database.url, 1);
    const uncaught: unknown[] = [];
    const listener = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', listener);
    try {
      const failure = caught(
        own.db.transaction().execute(async (trx) => {
          const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
          await cutConnection(ctx.database.url, rows[0]?.pid ?? 0);
          await sql`SELECT 1`.execute(trx);
        }),
      );
      expect(isDatabaseUnavailable(await failure)).toBe(true);
      expect(uncaught).toEqual([]);
      const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(own.db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      process.off('uncaughtException', listener);
      await own.close();
    }
  });

  it('before COMMIT is only an outage: the transaction cannot have been stored', async () => {
    stall = await holdInserts(ctx.database.url, 'amend_test_probe', 'statement');
    const failure = caught(
      ctx.database.db
        .transaction()
        .execute((trx) => sql`INSERT INTO amend_test_probe VALUES (3)`.execute(trx)),
    );
    await stall.cut();
    const error = await failure;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isWriteInDoubt(error)).toBe(false);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM amend_test_probe WHERE id = 3`.execute(ctx.database.db);
    expect(rows[0]?.n).toBe(0);
  });
});

describe('a write route whose connection is cut', () => {
  it('sign-up: nothing is stored, the answer says so, and the same sign-up then succeeds', async () => {
    // The browser's known-device row is the last thing a sign-up stores.
    stall = await holdInserts(ctx.database.url, 'known_devices', 'statement');
    const email = `cut-${crypto.randomUUID()}@example.org`;
    const details = { email, password: GOOD_PASSWORD, displayName: 'Sky', timeZone: 'UTC' };
    const person = ctx.client();
    const answer = person.post('/api/v1/accounts', details);
    await stall.cut();
    const refused = await answer;
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('SERVICE_UNAVAILABLE');
    const stored = await ctx.database.db
      .selectFrom('users')
      .select('id')
      .where('email_normalized', '=', email)
      .execute();
    expect(stored).toEqual([]);
    await stall.remove();
    const again = await person.post('/api/v1/accounts', details);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect((await person.get('/api/v1/me')).body.user.email).toBe(email);
  });

  it('creating a space: nothing is stored, the answer says so, and the same request then succeeds', async () => {
    const person = await signUp(ctx);
    // The audit event is the last thing stored with a new space.
    stall = await holdInserts(ctx.database.url, 'audit_events', 'statement');
    const details = { relationshipType: 'marriage', role: 'hurt', cameToLightOn: '2026-01-15' };
    const answer = person.client.post('/api/v1/space', details);
    await stall.cut();
    const refused = await answer;
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('SERVICE_UNAVAILABLE');
    expect((await person.client.get('/api/v1/space')).body.space).toBeNull();
    await stall.remove();
    const again = await person.client.post('/api/v1/space', details);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.space.members).toHaveLength(1);
  });

  it('a check-in cut while it commits: the answer does not claim nothing was saved, and a resend with its key stores it once', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    stall = await holdInserts(ctx.database.url, 'checkins', 'statement');
    const checkin = {
      trust: 6,
      closeness: 5,
      honestConversations: 2,
      mood: 'okay',
      noteVisibility: 'private',
      idempotencyKey: crypto.randomUUID(),
    };
    const answer = person.client.post('/api/v1/checkins', checkin);
    await stall.cut();
    const inDoubt = await answer;
    expect(inDoubt.status).toBe(503);
    expect(inDoubt.headers['retry-after']).toBe('5');
    expect(inDoubt.body.code).toBe('OUTCOME_UNKNOWN');
    expect(inDoubt.body.detail).not.toMatch(/Nothing from this request was saved/);
    await stall.remove();
    const resent = await person.client.post('/api/v1/checkins', checkin);
    expect(resent.status, JSON.stringify(resent.body)).toBe(201);
    const rows = await ctx.database.db
      .selectFrom('checkins')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    expect(rows).toHaveLength(1);
  });
});
