import { afterEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

const TALK = { heldOn: '2026-11-24', minutes: 40, topic: 'Our weekly check-in' };
const rate = (client: TestClient, id: string, honest: number, extra: object = {}) =>
  client.request('PUT', `/api/v1/conversations/${id}/rating`, {
    honest,
    heard: 4,
    noteVisibility: 'private',
    ...extra,
  });

describe('the conversation log', () => {
  it('a conversation logged by one partner is seen by both, each with their own rating only', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    const logged = await creator.client.post('/api/v1/conversations', TALK);
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const id = logged.body.id;

    expect((await rate(creator.client, id, 5, { note: 'I said the hard part.' })).status).toBe(204);
    const afterOne = await partner.client.get('/api/v1/conversations');
    expect(afterOne.body.conversations[0]).toMatchObject({
      id,
      topic: 'Our weekly check-in',
      loggedBy: { displayName: 'Alex', isYou: false },
      yourRating: null,
      partnerRating: { rated: true, note: null },
      countsAsHonest: false,
    });
    expect(JSON.stringify(afterOne.body)).not.toContain('I said the hard part.');

    await rate(partner.client, id, 4, { note: 'I listened.', noteVisibility: 'partner' });
    const mine = await creator.client.get('/api/v1/conversations');
    expect(mine.body.conversations[0]).toMatchObject({
      yourRating: { honest: 5, heard: 4, note: 'I said the hard part.', version: 1 },
      partnerRating: { rated: true, note: 'I listened.' },
      countsAsHonest: true,
    });
    expect(mine.body.thisWeek).toEqual({ weekStart: '2026-11-23', logged: 1, honest: 1 });
  });

  it('keeps every rating as a version and counts the latest', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await creator.client.post('/api/v1/conversations', TALK);
    await rate(creator.client, body.id, 5);
    await rate(partner.client, body.id, 5);
    await rate(partner.client, body.id, 2);
    const { body: view } = await partner.client.get('/api/v1/conversations');
    expect(view.conversations[0]).toMatchObject({
      yourRating: { honest: 2, version: 2 },
      countsAsHonest: false,
    });
    const versions = await ctx.deps.db
      .selectFrom('conversation_ratings')
      .select(['version', 'honest'])
      .where('user_id', '=', partner.id)
      .orderBy('version')
      .execute();
    expect(versions).toEqual([
      { version: 1, honest: 5 },
      { version: 2, honest: 2 },
    ]);
  });

  it('suggests topics from the person’s program stage', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    await person.client.post('/api/v1/program/stages/boundaries/begin');
    const { body } = await person.client.get('/api/v1/conversations');
    expect(body.suggestedTopics[0]).toBe('Agreements we need');
  });

  it('refuses a date in the future, an empty topic and a rating out of range, saving nothing', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator } = await linkedCouple(ctx);
    const future = await creator.client.post('/api/v1/conversations', {
      ...TALK,
      heldOn: '2026-11-27',
    });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([
      { field: 'heldOn', message: 'This date is in the future.' },
    ]);
    expect(
      (await creator.client.post('/api/v1/conversations', { ...TALK, topic: '  ' })).status,
    ).toBe(400);
    const { body } = await creator.client.post('/api/v1/conversations', TALK);
    expect((await rate(creator.client, body.id, 6)).status).toBe(400);
    const { body: view } = await creator.client.get('/api/v1/conversations');
    expect(view.conversations).toHaveLength(1);
    expect(view.conversations[0].yourRating).toBeNull();
  });

  it('applies a retried log once', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator } = await linkedCouple(ctx);
    const key = '0190c3a4-1b2c-7d3e-8f40-123456789abc';
    const first = await creator.client.post('/api/v1/conversations', {
      ...TALK,
      idempotencyKey: key,
    });
    const again = await creator.client.post('/api/v1/conversations', {
      ...TALK,
      idempotencyKey: key,
    });
    expect(again.body.id).toBe(first.body.id);
  });

  it('feeds the dashboard and prefills the check-in from the log for that week', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    for (const heldOn of ['2026-11-23', '2026-11-25']) {
      const { body } = await creator.client.post('/api/v1/conversations', { ...TALK, heldOn });
      await rate(creator.client, body.id, 5);
      await rate(partner.client, body.id, 4);
    }
    const checkins = await creator.client.get('/api/v1/checkins');
    expect(checkins.body.honestConversationsFromLog).toBe(2);
    await creator.client.post('/api/v1/checkins', {
      trust: 5,
      closeness: 5,
      honestConversations: 7,
      mood: 'okay',
      noteVisibility: 'private',
    });
    const { body } = await creator.client.get('/api/v1/progress');
    const you = body.metrics.communication.partners.find((p: { isYou: boolean }) => p.isYou);
    // The week has logged conversations, so the log's count wins over the self-reported 7.
    expect(body.firstWeek).toBe('2026-11-23');
    expect(you.values).toEqual([2]);
  });
});

describe('the weekly meeting', () => {
  it('two screens share one meeting, see each other’s notes, and finishing logs a conversation', async () => {
    ctx.clock.set(new Date('2026-11-26T19:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    const started = await creator.client.post('/api/v1/meetings');
    expect(started.status).toBe(201);
    const joined = await partner.client.post('/api/v1/meetings');
    expect(joined.status).toBe(200);
    const id = started.body.meeting.id;
    expect(joined.body.meeting.id).toBe(id);
    expect(started.body.meeting.agenda.map((part: { id: string }) => part.id)).toEqual([
      'appreciations',
      'went_well',
      'was_hard',
      'questions',
      'requests',
      'time_together',
    ]);

    const note = (client: TestClient, section: string, text: string) =>
      client.request('PUT', `/api/v1/meetings/${id}/notes/${section}`, { text });
    expect(
      (await note(creator.client, 'appreciations', 'You made dinner on Tuesday.')).status,
    ).toBe(204);
    await note(partner.client, 'was_hard', 'Sunday evening.');
    await note(partner.client, 'was_hard', 'Sunday evening, when the phone rang.');
    const seen = await creator.client.get(`/api/v1/meetings/${id}`);
    expect(seen.body.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          section: 'appreciations',
          author: { displayName: 'Alex', isYou: true },
        }),
        expect.objectContaining({
          section: 'was_hard',
          author: { displayName: 'Sam', isYou: false },
          text: 'Sunday evening, when the phone rang.',
          version: 2,
        }),
      ]),
    );

    ctx.clock.set(new Date('2026-11-26T19:27:00Z'));
    const finished = await partner.client.post(`/api/v1/meetings/${id}/finish`);
    expect(finished.status).toBe(200);
    const again = await creator.client.post(`/api/v1/meetings/${id}/finish`);
    expect(again.body.conversationId).toBe(finished.body.conversationId);
    const { body } = await creator.client.get('/api/v1/conversations');
    expect(body.conversations).toHaveLength(1);
    expect(body.conversations[0]).toMatchObject({
      source: 'meeting',
      meetingId: id,
      minutes: 27,
      heldOn: '2026-11-26',
      topic: 'Weekly check-in meeting',
    });
    const closed = await note(creator.client, 'requests', 'Too late');
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('MEETING_CLOSED');
    expect((await note(creator.client, 'no_such_part', 'x')).status).toBe(404);
  });
});

describe('the weekly meeting’s agreements review', () => {
  it('appears with the agreements in force, and only then', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const proposed = await creator.client.post('/api/v1/agreements', {
      title: 'Phones stay open',
      practice: 'Either of us may look at the other’s phone when asked.',
      category: 'other',
      reviewOn: '2099-01-01',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const before = await creator.client.post('/api/v1/meetings');
    expect(before.body.meeting.agreementsInForce).toEqual([]);
    expect(before.body.meeting.agenda.map((part: { id: string }) => part.id)).not.toContain(
      'agreements',
    );
    await partner.client.post(`/api/v1/agreements/${proposed.body.id}/answers`, {
      version: 1,
      answer: 'accept',
    });
    const after = await partner.client.get(`/api/v1/meetings/${before.body.meeting.id}`);
    expect(after.body.agreementsInForce).toEqual([
      expect.objectContaining({ id: proposed.body.id, title: 'Phones stay open' }),
    ]);
    expect(after.body.agenda.map((part: { id: string }) => part.id)).toContain('agreements');
  });

  it('reviews the involved partner’s running commitments and counts the questions waiting', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const committed = await partner.client.post('/api/v1/commitments', {
      what: 'Tell you where I am when I am late',
      howOften: 'every_day',
      until: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(committed.status, JSON.stringify(committed.body)).toBe(201);
    const asked = await creator.client.post('/api/v1/questions', { text: 'When did it start?' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const { body } = await creator.client.post('/api/v1/meetings');
    expect(body.meeting.commitmentsInForce).toEqual([
      { id: committed.body.id, what: 'Tell you where I am when I am late' },
    ]);
    expect(body.meeting.agenda.map((part: { id: string }) => part.id)).toContain('agreements');
    expect(body.meeting.questionsWaiting).toEqual({ open: 1, onHold: 0 });
  });
});
