import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

describe('questions and answers', () => {
  it('keeps every answer with its date, so a changing story is visible to both', async () => {
    ctx.clock.set(new Date('2026-11-20T19:00:00Z'));
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const asked = await hurt.client.post('/api/v1/questions', {
      text: 'When did you last hear from them?',
    });
    expect(asked.status).toBe(201);
    const questionId = asked.body.id;
    expect(
      (await involved.client.get('/api/v1/notifications')).body.notifications[0],
    ).toMatchObject({ kind: 'question.asked', subject: { type: 'question', id: questionId } });

    const first = await involved.client.post(`/api/v1/questions/${questionId}/answers`, {
      text: 'In August.',
    });
    expect(first.status).toBe(201);
    ctx.clock.set(new Date('2026-11-27T19:00:00Z'));
    const second = await involved.client.post(`/api/v1/questions/${questionId}/answers`, {
      text: 'That was not true: they wrote in October, and I answered once.',
    });
    expect(second.status).toBe(201);

    for (const person of [hurt, involved]) {
      const seen = await person.client.get('/api/v1/questions');
      expect(seen.status).toBe(200);
      const [question] = seen.body.questions;
      expect(question.answers.map((answer: { text: string }) => answer.text)).toEqual([
        'In August.',
        'That was not true: they wrote in October, and I answered once.',
      ]);
      expect(question.answers[0].createdAt.slice(0, 10)).toBe('2026-11-20');
      expect(question.answers[1].createdAt.slice(0, 10)).toBe('2026-11-27');
    }
    const notified = await hurt.client.get('/api/v1/notifications');
    expect(notified.body.notifications[0]).toMatchObject({ kind: 'question.answered' });

    // The asker says how the latest answer landed; it is open again for "I need more".
    const marked = await hurt.client.post(`/api/v1/questions/${questionId}/marks`, {
      answerId: second.body.id,
      mark: 'need_more',
    });
    expect(marked.status).toBe(204);
    const after = (await hurt.client.get('/api/v1/questions')).body;
    expect(after.counts).toEqual({ open: 1, onHold: 0 });
    expect(after.questions[0].answers[1].mark).toBe('need_more');
    // The one who answered does not mark answers.
    const notTheirs = await involved.client.post(`/api/v1/questions/${questionId}/marks`, {
      answerId: second.body.id,
      mark: 'helped',
    });
    expect(notTheirs.status).toBe(403);
  });

  it('gives asking to the hurt partner and answering to the involved partner', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    expect((await involved.client.post('/api/v1/questions', { text: 'Why?' })).status).toBe(403);
    const { id } = (await hurt.client.post('/api/v1/questions', { text: 'Why?' })).body;
    const own = await hurt.client.post(`/api/v1/questions/${id}/answers`, { text: 'Because' });
    expect(own.status).toBe(403);
    expect((await hurt.client.post('/api/v1/questions', { text: '   ' })).status).toBe(400);
    const overview = (await involved.client.get('/api/v1/questions')).body;
    expect(overview).toMatchObject({ mayAsk: false, mayAnswer: true });
    expect(overview.questions[0].youMay).toEqual({
      answer: true,
      mark: false,
      hold: true,
      release: false,
      withdraw: false,
    });
  });

  it('answers a withdrawn question with 409 and changes nothing (the race)', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const { id } = (await hurt.client.post('/api/v1/questions', { text: 'Who knew?' })).body;
    expect((await involved.client.post(`/api/v1/questions/${id}/withdraw`)).status).toBe(403);
    expect((await hurt.client.post(`/api/v1/questions/${id}/withdraw`)).status).toBe(204);
    const late = await involved.client.post(`/api/v1/questions/${id}/answers`, { text: 'Nobody.' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('QUESTION_WITHDRAWN');
    const [question] = (await hurt.client.get('/api/v1/questions')).body.questions;
    expect(question).toMatchObject({ state: 'withdrawn', open: false, answers: [] });
  });

  it('decides an answer and a withdrawal sent at once one after the other', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const { id } = (await hurt.client.post('/api/v1/questions', { text: 'Where were you?' })).body;
    const [answered, withdrawn] = await Promise.all([
      involved.client.post(`/api/v1/questions/${id}/answers`, { text: 'At her flat.' }),
      hurt.client.post(`/api/v1/questions/${id}/withdraw`),
    ]);
    expect(withdrawn.status).toBe(204);
    const [question] = (await hurt.client.get('/api/v1/questions')).body.questions;
    // Either the answer came first and stays, or it came second and was refused.
    expect(question.answers).toHaveLength(answered.status === 201 ? 1 : 0);
    if (answered.status !== 201) expect(answered.status).toBe(409);
  });

  it('keeps a question for the therapy session until either takes it off hold', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const { id } = (await hurt.client.post('/api/v1/questions', { text: 'Did you love them?' }))
      .body;
    expect((await involved.client.post(`/api/v1/questions/${id}/hold`)).status).toBe(204);
    expect((await hurt.client.get('/api/v1/questions')).body.counts).toEqual({
      open: 0,
      onHold: 1,
    });
    const held = await involved.client.post(`/api/v1/questions/${id}/answers`, { text: 'No.' });
    expect(held.status).toBe(409);
    expect(held.body.code).toBe('QUESTION_ON_HOLD');
    expect((await hurt.client.post(`/api/v1/questions/${id}/hold`)).status).toBe(409);
    expect((await hurt.client.post(`/api/v1/questions/${id}/release`)).status).toBe(204);
    const answer = await involved.client.post(`/api/v1/questions/${id}/answers`, { text: 'No.' });
    expect(answer.status).toBe(201);
  });

  it('answers "not found" for a question in another space', async () => {
    const { creator: hurt } = await linkedCouple(ctx);
    const other = await linkedCouple(ctx);
    const { id } = (await hurt.client.post('/api/v1/questions', { text: 'Why then?' })).body;
    const foreign = await other.partner.client.post(`/api/v1/questions/${id}/answers`, {
      text: 'x',
    });
    expect(foreign.status).toBe(404);
    expect((await other.creator.client.get('/api/v1/questions')).body.questions).toEqual([]);
  });
});
