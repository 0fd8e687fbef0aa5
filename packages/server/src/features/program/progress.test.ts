import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();
const DAY_MS = 24 * 60 * 60 * 1000;

describe('progress through the program', () => {
  it('starts with eleven stages, none begun, and the first one suggested', async () => {
    const { creator } = await linkedCouple(ctx);
    const { status, body } = await creator.client.get('/api/v1/program');
    expect(status).toBe(200);
    expect(body.stages).toHaveLength(11);
    expect(body).toMatchObject({
      role: 'hurt',
      relationshipType: 'marriage',
      current: null,
      doneCount: 0,
    });
    expect(body.next).toMatchObject({ stageId: 'steadying', ready: true, pacedBy: null });
    expect(body.partner).toMatchObject({ displayName: 'Sam', current: null, sharedCompleted: [] });
  });

  it('suggests the next stage only after the minimum time, says why, and never blocks it', async () => {
    ctx.clock.reset();
    const person = await signUp(ctx);
    await createSpace(person, 'involved');
    expect((await person.client.post('/api/v1/program/stages/steadying/begin')).status).toBe(204);
    expect((await person.client.post('/api/v1/program/stages/steadying/done')).status).toBe(204);
    const early = (await person.client.get('/api/v1/program')).body;
    expect(early.next).toMatchObject({
      stageId: 'acknowledging',
      ready: false,
      daysToWait: 7,
      pacedBy: { stageId: 'steadying', minimumDays: 7, title: 'Safety and steadying' },
    });
    expect(early.next.pacedBy.reason).toContain('shock');
    // Not a lock: the next stage can be begun now, and then it is where the person is.
    expect((await person.client.post('/api/v1/program/stages/acknowledging/begin')).status).toBe(
      204,
    );
    expect((await person.client.get('/api/v1/program')).body.current).toBe('acknowledging');

    const later = await signUp(ctx);
    await createSpace(later, 'hurt');
    await later.client.post('/api/v1/program/stages/steadying/begin');
    // Sessions end after seven idle days, so the person comes back half-way through.
    ctx.clock.advance(4 * DAY_MS);
    expect((await later.client.get('/api/v1/program')).body.next).toMatchObject({ daysToWait: 3 });
    ctx.clock.advance(3 * DAY_MS + 60_000);
    expect((await later.client.get('/api/v1/program')).body.next).toMatchObject({
      stageId: 'acknowledging',
      ready: true,
      pacedBy: null,
    });
    ctx.clock.reset();
  });

  it('beginning or finishing a stage twice records it once, and a stage marked done stays done', async () => {
    const { creator } = await linkedCouple(ctx);
    for (let i = 0; i < 2; i++) {
      await creator.client.post('/api/v1/program/stages/steadying/begin');
      await creator.client.post('/api/v1/program/stages/steadying/done');
    }
    await creator.client.post('/api/v1/program/stages/steadying/begin');
    const rows = await ctx.database.db
      .selectFrom('program_progress_events')
      .select('kind')
      .where('user_id', '=', creator.id)
      .orderBy('kind')
      .execute();
    expect(rows.map((row) => row.kind)).toEqual(['stage_marked_done', 'stage_started']);
    const { body } = await creator.client.get('/api/v1/program');
    expect(body.stages[0]).toMatchObject({ id: 'steadying', status: 'done' });
    expect(body.doneCount).toBe(1);
  });

  it('a stage that does not exist is not found', async () => {
    const { creator } = await linkedCouple(ctx);
    expect((await creator.client.post('/api/v1/program/stages/nowhere/begin')).status).toBe(404);
    expect((await creator.client.get('/api/v1/program/stages/nowhere')).status).toBe(404);
  });

  it('the partner sees which stage the other is in, and not their private work', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await partner.client.post('/api/v1/program/stages/steadying/begin');
    await partner.client.post('/api/v1/program/exercises/hard-moments-plan/answers', {
      values: {
        'warning-signs': ['tight chest'],
        'what-steadies-me': ['a cold glass of water'],
        'who-i-can-call': ['my brother'],
      },
      visibility: 'private',
    });
    const { body } = await creator.client.get('/api/v1/program');
    expect(body.partner.current).toBe('steadying');
    expect(body.partner.sharedCompleted).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('brother');
  });

  it("a stage page gives the reading and exercises for the person's own role", async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const hurt = (await creator.client.get('/api/v1/program/stages/acknowledging')).body;
    const involved = (await partner.client.get('/api/v1/program/stages/acknowledging')).body;
    const ids = (stage: { exercises: { id: string }[] }) => stage.exercises.map((e) => e.id);
    expect(ids(hurt)).toEqual(['impact-letter', 'naming-what-you-feel']);
    expect(ids(involved)).toEqual(['acknowledgement', 'naming-what-you-feel']);
    expect(hurt.stage.notes.map((n: { key: string }) => n.key)).toEqual(['hurt']);
    expect(involved.stage.notes.map((n: { key: string }) => n.key)).toEqual(['involved']);
    expect(hurt.stage.learn.map((l: { slug: string }) => l.slug)).toContain('what-to-avoid');
    expect(hurt.stage.reading[0]).toMatchObject({ type: 'paragraph' });
  });
});

describe('today', () => {
  it('suggests the weekly check-in first, then a half-done exercise, then the path', async () => {
    const { creator } = await linkedCouple(ctx);
    expect((await creator.client.get('/api/v1/program/today')).body.suggestion).toMatchObject({
      source: 'checkin',
      kind: 'checkin_due',
    });
    await creator.client.post('/api/v1/checkins', {
      trust: 3,
      closeness: 4,
      honestConversations: 1,
      mood: 'low',
      noteVisibility: 'private',
    });
    await creator.client.request('PUT', '/api/v1/program/exercises/impact-letter/draft', {
      values: { 'finding-out': 'I' },
    });
    expect((await creator.client.get('/api/v1/program/today')).body.suggestion).toMatchObject({
      source: 'exercise',
      exerciseId: 'impact-letter',
      stageId: 'acknowledging',
      title: 'Your impact letter',
    });
  });

  it('is not found for someone without a space', async () => {
    const loner = await signUp(ctx);
    expect((await loner.client.get('/api/v1/program/today')).status).toBe(404);
  });
});

describe('Learn', () => {
  it('lists the articles and opens one with the stages it belongs to, signed out too', async () => {
    const client = ctx.client();
    const list = await client.get('/api/v1/learn');
    expect(list.status).toBe(200);
    expect(list.body.articles.map((a: { slug: string }) => a.slug)).toContain(
      'how-long-recovery-takes',
    );
    const article = await client.get('/api/v1/learn/how-long-recovery-takes');
    expect(article.body.title).toBe('How long does recovery take?');
    expect(article.body.stages.map((s: { id: string }) => s.id)).toContain('forgiveness');
    expect((await client.get('/api/v1/learn/not-an-article')).status).toBe(404);
  });
});
