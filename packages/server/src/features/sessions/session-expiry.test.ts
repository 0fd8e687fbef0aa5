import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { type SignedUpPerson, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

const DAY_MS = 86_400_000;

async function lastSeenAt(person: SignedUpPerson): Promise<Date> {
  const row = await ctx.database.db
    .selectFrom('sessions')
    .select('last_seen_at')
    .where('user_id', '=', person.id)
    .executeTakeFirstOrThrow();
  return row.last_seen_at;
}

describe('how long a session lasts', () => {
  it('stays signed in while it is used at least once a week', async () => {
    const person = await signUp(ctx);
    for (let week = 0; week < 3; week += 1) {
      ctx.clock.advance(6 * DAY_MS);
      expect((await person.client.get('/api/v1/me')).status).toBe(200);
    }
  });

  it('ends 30 days after signing in, even when used every few days', async () => {
    const person = await signUp(ctx);
    for (let step = 0; step < 4; step += 1) {
      ctx.clock.advance(6 * DAY_MS);
      expect((await person.client.get('/api/v1/me')).status).toBe(200);
    }
    ctx.clock.advance(6 * DAY_MS + 1000);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
  });

  it('writes the time it was last used at most once a minute, not on every request', async () => {
    const person = await signUp(ctx);
    const signedUpAt = await lastSeenAt(person);
    ctx.clock.advance(30_000);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect(await lastSeenAt(person)).toEqual(signedUpAt);

    ctx.clock.advance(31_000);
    const touchedAt = ctx.clock.now();
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    const touched = await lastSeenAt(person);
    expect(touched.getTime()).toBeGreaterThan(signedUpAt.getTime());
    expect(Math.abs(touched.getTime() - touchedAt.getTime())).toBeLessThan(5_000);
  });
});
