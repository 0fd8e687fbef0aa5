import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

const CHECKIN = {
  trust: 4,
  closeness: 5,
  honestConversations: 1,
  mood: 'okay',
  noteVisibility: 'private',
};

const latestTrust = (body: {
  metrics: { trust: { partners: { isYou: boolean; latest: number | null }[] } };
}) => body.metrics.trust.partners.find((partner) => partner.isYou)?.latest;

/** Changes a check-in behind the app's back, with the revision triggers switched off. */
async function changeTrustUnnoticed(checkinId: string, trust: number): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await sql`UPDATE checkins SET trust = ${trust} WHERE id = ${checkinId}`.execute(trx);
  });
}

describe('the kept dashboard', () => {
  it('is served again while nothing changed, and recomputed as soon as anything the couple owns changes', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const checkin = await creator.client.post('/api/v1/checkins', CHECKIN);
    expect(latestTrust((await creator.client.get('/api/v1/progress')).body)).toBe(4);

    // Proof that the copy is kept: a change the revision never heard of is not seen...
    await changeTrustUnnoticed(checkin.body.checkin.id, 9);
    expect(latestTrust((await creator.client.get('/api/v1/progress')).body)).toBe(4);
    // ...and proof that any change through the app is: here, the partner's check-in.
    expect((await partner.client.post('/api/v1/checkins', CHECKIN)).status).toBe(201);
    expect(latestTrust((await creator.client.get('/api/v1/progress')).body)).toBe(9);
  });

  it('follows the calendar and the person’s time zone, not only their data', async () => {
    const { creator } = await linkedCouple(ctx);
    const first = await creator.client.get('/api/v1/progress');
    ctx.clock.advance(7 * 86_400_000);
    await creator.client.post('/api/v1/sessions', {
      email: creator.email,
      password: creator.password,
    });
    const weekLater = await creator.client.get('/api/v1/progress');
    expect(weekLater.body.weeksInRecovery).toBe(first.body.weeksInRecovery + 1);

    const revision = async () =>
      (
        await ctx.database.db
          .selectFrom('couples')
          .innerJoin('couple_members', 'couple_members.couple_id', 'couples.id')
          .select('couples.revision')
          .where('couple_members.user_id', '=', creator.id)
          .executeTakeFirstOrThrow()
      ).revision;
    const before = await revision();
    await ctx.database.db
      .updateTable('users')
      .set({ time_zone: 'Pacific/Auckland' })
      .where('id', '=', creator.id)
      .execute();
    expect(BigInt(await revision())).toBe(BigInt(before) + 1n);
    // Signing in again (which touches the account) is not a change the dashboard shows.
    await creator.client.post('/api/v1/sessions', {
      email: creator.email,
      password: creator.password,
    });
    expect(BigInt(await revision())).toBe(BigInt(before) + 1n);
  });

  it('goes out gzipped to browsers that ask, with the same content', async () => {
    const { creator } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/checkins', CHECKIN);
    const plain = await creator.client.get('/api/v1/progress');
    const zipped = await creator.client.request('GET', '/api/v1/progress', undefined, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.rawBody.length).toBeLessThan(Buffer.byteLength(JSON.stringify(plain.body)));
    expect(zipped.body).toEqual(plain.body);
    const refused = await creator.client.request('GET', '/api/v1/progress', undefined, {
      'accept-encoding': 'gzip;q=0',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('finds the session in its own statement: signed out is 401, and use slides the idle expiry', async () => {
    const { creator } = await linkedCouple(ctx);
    expect((await creator.client.get('/api/v1/progress')).status).toBe(200);
    const lastSeen = async () =>
      (
        await ctx.database.db
          .selectFrom('sessions')
          .select('last_seen_at')
          .where('user_id', '=', creator.id)
          .orderBy('last_seen_at', 'desc')
          .executeTakeFirstOrThrow()
      ).last_seen_at.getTime();
    const before = await lastSeen();
    ctx.clock.advance(5 * 60_000);
    expect((await creator.client.get('/api/v1/progress')).status).toBe(200);
    expect(await lastSeen()).toBeGreaterThanOrEqual(before + 5 * 60_000);

    // Past the idle expiry the kept dashboard is not handed out.
    ctx.clock.advance(8 * 86_400_000);
    expect((await creator.client.get('/api/v1/progress')).status).toBe(401);
    ctx.clock.reset();
    expect((await ctx.client().get('/api/v1/progress')).status).toBe(401);
    await creator.client.request('DELETE', '/api/v1/sessions/current');
    expect((await creator.client.get('/api/v1/progress')).status).toBe(401);
  });

  it('someone outside any space still gets the clear 404', async () => {
    const { creator } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/space/leave');
    const response = await creator.client.get('/api/v1/progress');
    expect(response.status).toBe(404);
  });

  it('every couple-owned table raises the couple’s revision (a new table must attach the trigger)', async () => {
    const result = await sql<{ table_name: string }>`
      SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables t
        ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'couple_id'
        AND t.table_type = 'BASE TABLE' AND c.table_name <> 'audit_events'
        AND NOT EXISTS (
          SELECT 1 FROM information_schema.triggers g
          WHERE g.event_object_schema = 'public' AND g.event_object_table = c.table_name
            AND g.action_statement LIKE '%raise_couple_revision%')
      ORDER BY c.table_name`.execute(ctx.database.db);
    expect(result.rows.map((row) => row.table_name)).toEqual([]);
  });
});
