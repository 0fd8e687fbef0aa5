import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

const WEEK_MS = 7 * 86_400_000;
const checkin = (overrides: Record<string, unknown> = {}) => ({
  trust: 4,
  closeness: 5,
  honestConversations: 2,
  mood: 'low',
  noteVisibility: 'private',
  ...overrides,
});

async function countCheckins(userId: string): Promise<number> {
  const rows = await ctx.database.db
    .selectFrom('checkins')
    .select('id')
    .where('user_id', '=', userId)
    .execute();
  return rows.length;
}

describe('the weekly check-in', () => {
  it('a partner records this week’s check-in and sees it as this week’s, still editable', async () => {
    const { creator } = await linkedCouple(ctx);
    const created = await creator.client.post(
      '/api/v1/checkins',
      checkin({ note: '  A hard week.  ' }),
    );
    expect(created.status).toBe(201);
    expect(created.body.checkin).toMatchObject({
      trust: 4,
      closeness: 5,
      honestConversations: 2,
      mood: 'low',
      note: 'A hard week.',
      editable: true,
    });
    const overview = await creator.client.get('/api/v1/checkins');
    expect(overview.body.thisWeek.id).toBe(created.body.checkin.id);
    expect(overview.body.currentWeek).toBe(created.body.checkin.weekStart);
    expect(new Date(`${overview.body.currentWeek}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('refuses a second check-in for the same week and keeps the first as it was', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    await person.client.post('/api/v1/checkins', checkin({ trust: 3 }));
    const again = await person.client.post('/api/v1/checkins', checkin({ trust: 9 }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CHECKIN_EXISTS');
    expect((await person.client.get('/api/v1/checkins')).body.thisWeek.trust).toBe(3);
    expect(await countCheckins(person.id)).toBe(1);
  });

  it('applies a retried check-in once when it carries the same idempotency key', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const key = '0190f3a0-0000-7000-8000-00000000abcd';
    const first = await person.client.post('/api/v1/checkins', checkin({ idempotencyKey: key }));
    const retry = await person.client.post('/api/v1/checkins', checkin({ idempotencyKey: key }));
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.checkin.id).toBe(first.body.checkin.id);
    expect(await countCheckins(person.id)).toBe(1);
  });

  it('can be changed during its week, not after, and a new week opens a new one', async () => {
    ctx.clock.set(new Date('2026-11-23T10:00:00Z')); // a Monday in London
    const person = await signUp(ctx);
    await createSpace(person);
    const { body } = await person.client.post('/api/v1/checkins', checkin());
    const changed = await person.client.request(
      'PUT',
      `/api/v1/checkins/${body.checkin.id}`,
      checkin({ trust: 6 }),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.checkin.trust).toBe(6);
    expect(changed.body.checkin.editableUntil).toBe('2026-11-29');
    ctx.clock.advance(WEEK_MS / 2);
    await person.client.get('/api/v1/me'); // still using the app mid-week
    ctx.clock.advance(WEEK_MS / 2);
    const late = await person.client.request(
      'PUT',
      `/api/v1/checkins/${body.checkin.id}`,
      checkin({ trust: 1 }),
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CHECKIN_CLOSED');
    const next = await person.client.post('/api/v1/checkins', checkin({ trust: 7 }));
    expect(next.status).toBe(201);
    expect(next.body.checkin.weekStart).toBe('2026-11-30');
    const weeks = (await person.client.get('/api/v1/checkins')).body.mine.map(
      (c: { trust: number }) => c.trust,
    );
    expect(weeks).toEqual([7, 6]);
  });

  it('changes only the person’s own check-in: the partner’s or an unknown id is not found and stays as it was', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const theirs = await partner.client.post('/api/v1/checkins', checkin({ trust: 3 }));
    const attempt = await creator.client.request(
      'PUT',
      `/api/v1/checkins/${theirs.body.checkin.id}`,
      checkin({ trust: 9 }),
    );
    expect(attempt.status).toBe(404);
    expect(attempt.body.code).toBe('NOT_FOUND');
    const unknown = await creator.client.request(
      'PUT',
      '/api/v1/checkins/0190a8b2-7c1e-7abc-9def-0123456789ab',
      checkin({ trust: 9 }),
    );
    expect(unknown.status).toBe(404);
    const stored = await ctx.database.db
      .selectFrom('checkins')
      .select(['trust', 'updated_at', 'created_at'])
      .where('id', '=', theirs.body.checkin.id)
      .executeTakeFirstOrThrow();
    expect(stored.trust).toBe(3);
    expect(stored.updated_at).toEqual(stored.created_at);
  });

  it('counts the week in the person’s own time zone', async () => {
    // Sunday 29 November, 20:00 in London is already Monday 30 November in Auckland.
    ctx.clock.set(new Date('2026-11-29T20:00:00Z'));
    const auckland = await signUp(ctx, { timeZone: 'Pacific/Auckland' });
    await createSpace(auckland);
    const london = await signUp(ctx, { timeZone: 'Europe/London' });
    await createSpace(london);
    expect((await auckland.client.post('/api/v1/checkins', checkin())).body.checkin.weekStart).toBe(
      '2026-11-30',
    );
    expect((await london.client.post('/api/v1/checkins', checkin())).body.checkin.weekStart).toBe(
      '2026-11-23',
    );
  });

  it('around the turn of a week, a change is judged in the person’s own zone, as mid-week', async () => {
    // From Sunday 09:00 to Monday 13:00 UTC some zones are in the next week already: the change
    // then waits for the person's zone (the rest of the week it is made in one statement).
    ctx.clock.set(new Date('2026-11-29T20:00:00Z'));
    const auckland = await signUp(ctx, { timeZone: 'Pacific/Auckland' });
    await createSpace(auckland);
    const pagoPago = await signUp(ctx, { timeZone: 'Pacific/Pago_Pago' }); // UTC−11
    await createSpace(pagoPago);
    const ahead = (await auckland.client.post('/api/v1/checkins', checkin())).body.checkin;
    const behind = (await pagoPago.client.post('/api/v1/checkins', checkin())).body.checkin;
    expect([ahead.weekStart, behind.weekStart]).toEqual(['2026-11-30', '2026-11-23']);
    const change = (person: typeof auckland, id: string, trust: number) =>
      person.client.request('PUT', `/api/v1/checkins/${id}`, checkin({ trust }));

    ctx.clock.set(new Date('2026-11-30T10:30:00Z')); // Sunday 23:30 in Pago Pago
    expect((await change(pagoPago, behind.id, 8)).body.checkin.trust).toBe(8);
    expect((await change(auckland, ahead.id, 8)).body.checkin.trust).toBe(8);
    ctx.clock.set(new Date('2026-11-30T11:30:00Z')); // Monday 00:30 in Pago Pago
    expect((await change(pagoPago, behind.id, 9)).body.code).toBe('CHECKIN_CLOSED');

    ctx.clock.set(new Date('2026-12-02T12:00:00Z')); // Wednesday everywhere
    const midWeek = await change(auckland, ahead.id, 9);
    expect(midWeek.status).toBe(200);
    expect(midWeek.body.checkin).toMatchObject({
      trust: 9,
      weekStart: '2026-11-30',
      editable: true,
    });
    expect((await change(pagoPago, behind.id, 9)).body.code).toBe('CHECKIN_CLOSED');
  });

  it('a change needs a live session, checked in the same statement: signed out, nothing changes', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const { id } = (await person.client.post('/api/v1/checkins', checkin({ trust: 2 }))).body
      .checkin;
    expect((await person.client.request('DELETE', '/api/v1/sessions/current')).status).toBe(204);
    const after = await person.client.request(
      'PUT',
      `/api/v1/checkins/${id}`,
      checkin({ trust: 9 }),
    );
    expect(after.status).toBe(401);
    const stored = await ctx.database.db
      .selectFrom('checkins')
      .select('trust')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.trust).toBe(2);
  });

  it('rejects ratings outside 1–10, wrong types, unknown moods and fields, saving nothing', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const bad = [
      checkin({ trust: 0 }),
      checkin({ trust: 11 }),
      checkin({ closeness: 5.5 }),
      checkin({ trust: '7' }),
      checkin({ honestConversations: -1 }),
      checkin({ mood: 'ecstatic' }),
      checkin({ noteVisibility: 'therapist' }),
      checkin({ note: 'x'.repeat(2001) }),
      checkin({ partnerTrust: 3 }),
    ];
    for (const body of bad) {
      const response = await person.client.post('/api/v1/checkins', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    expect(await countCheckins(person.id)).toBe(0);
  });

  it('a partner sees the other’s ratings, but a note only when it was shared, and never their mood', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post(
      '/api/v1/checkins',
      checkin({ note: 'only for me', mood: 'very_low' }),
    );
    await partner.client.post(
      '/api/v1/checkins',
      checkin({ trust: 8, note: 'for you', noteVisibility: 'partner' }),
    );
    const creatorView = await creator.client.get('/api/v1/checkins');
    expect(creatorView.body.partner).toEqual([
      {
        weekStart: creatorView.body.currentWeek,
        trust: 8,
        closeness: 5,
        honestConversations: 2,
        note: 'for you',
      },
    ]);
    const partnerView = await partner.client.get('/api/v1/checkins');
    expect(partnerView.body.partner[0].note).toBeNull();
    expect(JSON.stringify(partnerView.body)).not.toContain('only for me');
    expect(JSON.stringify(partnerView.body.partner)).not.toContain('very_low');
  });

  it('a person cannot change their partner’s check-in', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await creator.client.post('/api/v1/checkins', checkin({ trust: 2 }));
    const response = await partner.client.request(
      'PUT',
      `/api/v1/checkins/${body.checkin.id}`,
      checkin({ trust: 10 }),
    );
    expect(response.status).toBe(404);
    expect((await creator.client.get('/api/v1/checkins')).body.thisWeek.trust).toBe(2);
  });

  it('someone without a space is told so', async () => {
    const person = await signUp(ctx);
    const response = await person.client.post('/api/v1/checkins', checkin());
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_IN_SPACE');
  });
});
