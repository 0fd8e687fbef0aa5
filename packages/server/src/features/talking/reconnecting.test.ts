import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

describe('time-outs', () => {
  it('one partner’s pause is seen by the other with the time to come back, then passes', async () => {
    ctx.clock.set(new Date('2026-11-26T20:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    const called = await partner.client.post('/api/v1/time-outs', {
      minutes: 45,
      reason: 'I am flooded',
    });
    expect(called.status).toBe(201);
    // The test clock keeps running from the moment it was set: 45 minutes from then, give or
    // take the time the requests took on a busy machine.
    const minutesAway =
      (Date.parse(called.body.returnAt) - Date.parse('2026-11-26T20:00:00Z')) / 60_000;
    expect(minutesAway).toBeGreaterThanOrEqual(45);
    expect(minutesAway).toBeLessThan(46);
    const seen = await creator.client.get('/api/v1/time-outs');
    expect(seen.body.current).toEqual([
      expect.objectContaining({
        calledBy: { displayName: 'Sam', isYou: false },
        returnAt: called.body.returnAt,
        reason: 'I am flooded',
        status: 'paused',
      }),
    ]);
    const updates = await creator.client.get('/api/v1/notifications');
    expect(updates.body.notifications[0]).toMatchObject({
      kind: 'time_out.called',
      subject: { type: 'time_out', id: called.body.id },
      actorName: 'Sam',
    });
    ctx.clock.set(new Date('2026-11-26T20:46:00Z'));
    const due = await creator.client.get('/api/v1/time-outs');
    expect(due.body.current[0].status).toBe('time_to_return');
    // Only the person who asked for the pause ends it; the other is answered "not found".
    const id = called.body.id;
    expect((await creator.client.post(`/api/v1/time-outs/${id}/end`)).status).toBe(404);
    expect((await partner.client.post(`/api/v1/time-outs/${id}/end`)).status).toBe(204);
    const after = await creator.client.get('/api/v1/time-outs');
    expect(after.body.current).toEqual([]);
    expect(after.body.recent[0].status).toBe('over');
    expect(after.body.counts).toEqual({ total: 1, yours: 0 });
  });

  it('refuses a pause shorter than 20 minutes or longer than a day', async () => {
    const { creator } = await linkedCouple(ctx);
    for (const minutes of [19, 1441]) {
      expect((await creator.client.post('/api/v1/time-outs', { minutes })).status).toBe(400);
    }
    expect((await creator.client.get('/api/v1/time-outs')).body.counts.total).toBe(0);
  });
});

describe('trigger moments', () => {
  const MOMENT = { intensity: 4, category: 'song_film_or_show', helped: ['breathing', 'moving'] };

  it('are private by default: the partner sees nothing until one is shared', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const logged = await creator.client.post('/api/v1/triggers', MOMENT);
    expect(logged.status).toBe(201);
    const hidden = await partner.client.get('/api/v1/triggers');
    expect(hidden.body).toMatchObject({ mayLog: false, mine: [], sharedWithYou: [] });
    expect(hidden.body.suggestedResponses).toEqual([]);
    // The partner cannot answer, or share, a moment that is not shared with them.
    const id = logged.body.id;
    expect(
      (await partner.client.post(`/api/v1/triggers/${id}/responses`, { text: 'Here' })).status,
    ).toBe(404);
    expect((await partner.client.post(`/api/v1/triggers/${id}/share`, {})).status).toBe(404);

    await creator.client.post(`/api/v1/triggers/${id}/share`, { need: 'to hear you are here' });
    const shared = await partner.client.get('/api/v1/triggers');
    expect(shared.body.sharedWithYou).toEqual([
      expect.objectContaining({
        owner: { displayName: 'Alex', isYou: false },
        intensity: 4,
        need: 'to hear you are here',
        visibility: 'partner',
      }),
    ]);
    expect(shared.body.suggestedResponses.length).toBeGreaterThan(2);
    const answered = await partner.client.post(`/api/v1/triggers/${id}/responses`, {
      text: 'I am here, and I am not going anywhere.',
    });
    expect(answered.status).toBe(201);
    const kinds = async (client: typeof creator.client) =>
      (await client.get('/api/v1/notifications')).body.notifications.map(
        (n: { kind: string }) => n.kind,
      );
    expect(await kinds(partner.client)).toEqual(['trigger.shared']);
    expect(await kinds(creator.client)).toEqual(['trigger.responded']);
    const mine = await creator.client.get('/api/v1/triggers');
    expect(mine.body.mine[0].responses).toEqual([
      expect.objectContaining({
        author: { displayName: 'Sam', isYou: false },
        text: 'I am here, and I am not going anywhere.',
      }),
    ]);
  });

  it('noted offline and sent later, keep the time they happened (within the last week)', async () => {
    ctx.clock.set(new Date('2026-11-26T20:00:00Z'));
    const { creator } = await linkedCouple(ctx);
    const earlier = '2026-11-26T09:15:00.000Z';
    const logged = await creator.client.post('/api/v1/triggers', {
      ...MOMENT,
      occurredAt: earlier,
    });
    expect(logged.status).toBe(201);
    const { body } = await creator.client.get('/api/v1/triggers');
    expect(body.mine[0]).toMatchObject({ id: logged.body.id, occurredAt: earlier });
    for (const occurredAt of ['2026-11-18T20:00:00Z', '2026-11-26T23:00:00Z', 'yesterday']) {
      const refused = await creator.client.post('/api/v1/triggers', { ...MOMENT, occurredAt });
      expect(refused.status, occurredAt).toBe(400);
    }
    expect((await creator.client.get('/api/v1/triggers')).body.mine).toHaveLength(1);
  });

  it('are the hurt partner’s tool: the involved partner cannot log one', async () => {
    const { partner } = await linkedCouple(ctx);
    expect((await partner.client.post('/api/v1/triggers', MOMENT)).status).toBe(404);
  });

  it('refuses an unknown category or a repeated choice, saving nothing', async () => {
    const { creator } = await linkedCouple(ctx);
    const unknown = await creator.client.post('/api/v1/triggers', { ...MOMENT, category: 'x' });
    expect(unknown.status).toBe(400);
    const twice = await creator.client.post('/api/v1/triggers', {
      ...MOMENT,
      helped: ['breathing', 'breathing'],
    });
    expect(twice.status).toBe(400);
    expect((await creator.client.get('/api/v1/triggers')).body.mine).toEqual([]);
  });
});

describe('conversation prompts', () => {
  it('keep each person’s favourites and "we talked about this" marks to themselves', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const mark = (kind: string, set: boolean) =>
      creator.client.request('PUT', `/api/v1/prompts/any-need-from-me/marks/${kind}`, { set });
    expect((await mark('favourite', true)).status).toBe(204);
    await mark('talked_about', true);
    await mark('talked_about', false);
    const card = (body: { cards: { id: string }[] }) =>
      body.cards.find((candidate) => candidate.id === 'any-need-from-me');
    expect(card((await creator.client.get('/api/v1/prompts')).body)).toMatchObject({
      favourite: true,
      talkedAbout: false,
    });
    expect(card((await partner.client.get('/api/v1/prompts')).body)).toMatchObject({
      favourite: false,
    });
    expect(
      (
        await creator.client.request('PUT', '/api/v1/prompts/no-such-card/marks/favourite', {
          set: true,
        })
      ).status,
    ).toBe(404);
  });
});

describe('appreciation and time together', () => {
  it('both partners see them, and they count toward closeness', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/together/appreciations', {
      text: 'Thank you for the walk.',
    });
    for (const plannedFor of ['2026-11-03', '2026-11-10', '2026-11-17']) {
      const plan = await partner.client.post('/api/v1/together/plans', {
        kind: 'walk',
        title: 'Along the river',
        plannedFor,
      });
      const done = await creator.client.post(`/api/v1/together/plans/${plan.body.id}/happened`, {
        happenedOn: plannedFor,
      });
      expect(done.status).toBe(204);
    }
    const { body } = await partner.client.get('/api/v1/together');
    expect(body.appreciations[0]).toMatchObject({
      from: { displayName: 'Alex', isYou: false },
      text: 'Thank you for the walk.',
    });
    expect(body.plans).toHaveLength(3);
    const progress = await partner.client.get('/api/v1/progress');
    const closeness = progress.body.signs.find((sign: { key: string }) => sign.key === 'closeness');
    expect(closeness).toMatchObject({
      status: 'showing',
      evidence: { connectionMomentsLast4Weeks: 4 },
    });
  });

  it('a plan sent again with its idempotency key, in turn and at once, is made once', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const key = '0b6f2d0e-3c1a-4e55-9d7e-2f1f6f3b8a11';
    const plan = {
      kind: 'date',
      title: 'Dinner out',
      plannedFor: '2026-12-20',
      idempotencyKey: key,
    };
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const first = await creator.client.post('/api/v1/together/plans', plan);
    expect(first.status).toBe(201);
    const replies = [];
    for (let i = 0; i < 10; i += 1)
      replies.push(await creator.client.post('/api/v1/together/plans', plan));
    replies.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, () => creator.client.post('/api/v1/together/plans', plan)),
      )),
    );
    expect(replies.map((reply) => [reply.status, reply.body.id])).toEqual(
      replies.map(() => [201, first.body.id]),
    );
    // The same key from the partner is the partner's own plan, not a replay of Alex's.
    const theirs = await partner.client.post('/api/v1/together/plans', plan);
    expect(theirs.body.id).not.toBe(first.body.id);
    const { body } = await creator.client.get('/api/v1/together');
    expect(body.plans.map((row: { id: string }) => row.id).sort()).toEqual(
      [first.body.id, theirs.body.id].sort(),
    );
  });

  it('marks time together done once however often the mark arrives, one by one or at once', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    const plan = await creator.client.post('/api/v1/together/plans', {
      kind: 'walk',
      title: 'Round the park',
      plannedFor: '2026-11-20',
    });
    const path = `/api/v1/together/plans/${plan.body.id}/happened`;
    const mark = { happenedOn: '2026-11-20' };
    // An offline device sends its waiting mark again after a lost answer, or from two tabs.
    const oneByOne: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      oneByOne.push((await creator.client.post(path, mark)).status);
    }
    const atOnce = await Promise.all(
      Array.from({ length: 10 }, () => creator.client.post(path, mark)),
    );
    expect([...oneByOne, ...atOnce.map((response) => response.status)]).toEqual(
      Array(20).fill(204),
    );
    const { body } = await partner.client.get('/api/v1/together');
    expect(body.plans).toEqual([
      expect.objectContaining({ id: plan.body.id, happenedOn: '2026-11-20' }),
    ]);
    const progress = await partner.client.get('/api/v1/progress');
    const closeness = progress.body.signs.find((sign: { key: string }) => sign.key === 'closeness');
    expect(closeness.evidence.connectionMomentsLast4Weeks).toBe(1);
  });

  it('refuses marking time together as done on a day still to come', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator } = await linkedCouple(ctx);
    const plan = await creator.client.post('/api/v1/together/plans', {
      kind: 'call',
      title: 'A long call',
      plannedFor: '2026-12-01',
    });
    const early = await creator.client.post(`/api/v1/together/plans/${plan.body.id}/happened`, {
      happenedOn: '2026-12-01',
    });
    expect(early.status).toBe(400);
  });
});

describe('leaving the space', () => {
  it('withdrawing takes what the leaver put in out of the partner’s view; the partner’s own stays', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const talk = await creator.client.post('/api/v1/conversations', {
      heldOn: '2026-10-01',
      minutes: 20,
      topic: 'Alex’s topic',
    });
    await partner.client.request('PUT', `/api/v1/conversations/${talk.body.id}/rating`, {
      honest: 5,
      heard: 5,
      noteVisibility: 'partner',
    });
    await creator.client.post('/api/v1/triggers', {
      intensity: 2,
      category: 'memory',
      helped: [],
      share: { need: 'Alex’s need' },
    });
    await creator.client.post('/api/v1/together/appreciations', { text: 'From Alex' });
    await partner.client.post('/api/v1/together/appreciations', { text: 'From Sam' });
    const meeting = await partner.client.post('/api/v1/meetings');
    await creator.client.request(
      'PUT',
      `/api/v1/meetings/${meeting.body.meeting.id}/notes/went_well`,
      { text: 'Alex’s meeting note' },
    );

    const left = await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    expect(left.status).toBe(204);
    const seen = JSON.stringify(
      await Promise.all(
        ['/api/v1/conversations', '/api/v1/triggers', '/api/v1/together'].map(
          async (path) => (await partner.client.get(path)).body,
        ),
      ),
    );
    for (const gone of ['Alex’s topic', 'Alex’s need', 'From Alex'])
      expect(seen).not.toContain(gone);
    expect(seen).toContain('From Sam');
    const notes = await partner.client.get(`/api/v1/meetings/${meeting.body.meeting.id}`);
    expect(JSON.stringify(notes.body)).not.toContain('Alex’s meeting note');
  });
});

describe('your data', () => {
  it('the export holds what the person put in, with every rating version, and not the partner’s words', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const talk = await creator.client.post('/api/v1/conversations', {
      heldOn: '2026-10-01',
      minutes: 20,
      topic: 'Exported topic',
    });
    for (const honest of [3, 5]) {
      await creator.client.request('PUT', `/api/v1/conversations/${talk.body.id}/rating`, {
        honest,
        heard: 4,
        noteVisibility: 'private',
      });
    }
    await partner.client.request('PUT', `/api/v1/conversations/${talk.body.id}/rating`, {
      honest: 4,
      heard: 4,
      note: 'Sam’s own words',
      noteVisibility: 'partner',
    });
    await creator.client.post('/api/v1/time-outs', { minutes: 30, reason: 'Exported pause' });
    await creator.client.post('/api/v1/triggers', { intensity: 2, category: 'memory', helped: [] });
    await creator.client.post('/api/v1/together/appreciations', { text: 'Exported thanks' });
    const response = await creator.client.get('/api/v1/me/export');
    const files = unzipSync(new Uint8Array(response.rawBody));
    const data = JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array()));
    expect(data.talking.conversationsLogged).toEqual([
      expect.objectContaining({ topic: 'Exported topic', minutes: 20 }),
    ]);
    expect(data.talking.conversationRatings.map((r: { honest: number }) => r.honest)).toEqual([
      3, 5,
    ]);
    expect(data.talking.timeOuts[0]).toMatchObject({ reason: 'Exported pause' });
    expect(data.talking.triggerMoments).toHaveLength(1);
    expect(data.talking.appreciationsSent[0]).toMatchObject({ text: 'Exported thanks' });
    expect(JSON.stringify(data)).not.toContain('Sam’s own words');
  });
});
