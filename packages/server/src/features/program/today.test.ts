import { addDays, localDateOf } from '@amend/core';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();

async function checkIn(client: TestClient): Promise<void> {
  const done = await client.post('/api/v1/checkins', {
    trust: 3,
    closeness: 4,
    honestConversations: 1,
    mood: 'low',
    noteVisibility: 'private',
  });
  expect(done.status, JSON.stringify(done.body)).toBe(201);
}

/** Completes every questionnaire due now, with the first option (or the least) for each item. */
async function answerDueQuestionnaires(client: TestClient): Promise<void> {
  const list = await client.get('/api/v1/questionnaires');
  for (const summary of list.body.questionnaires.filter((q: { due: boolean }) => q.due)) {
    const { body } = await client.get(`/api/v1/questionnaires/${summary.id}`);
    const answers = Object.fromEntries(
      body.questionnaire.items.map(
        (item: { id: string; options?: { code: string }[]; min?: number }) => [
          item.id,
          item.options?.[0]?.code ?? item.min ?? 0,
        ],
      ),
    );
    const done = await client.post(`/api/v1/questionnaires/${summary.id}/responses`, { answers });
    expect(done.status, JSON.stringify(done.body)).toBe(201);
  }
}

const today = (client: TestClient) =>
  client.get('/api/v1/program/today').then((response) => response.body.suggestion);

describe('today: questions and agreements', () => {
  it('suggests answering a question to the partner it waits for, until it is answered', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await checkIn(partner.client);
    const asked = await creator.client.post('/api/v1/questions', {
      text: 'Where were you that weekend?',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);

    expect(await today(partner.client)).toEqual({
      source: 'question',
      kind: 'question_waiting',
      questionId: asked.body.id,
      title: null,
    });
    // The asker is not asked to answer their own question.
    await checkIn(creator.client);
    expect((await today(creator.client)).source).not.toBe('question');

    const answered = await partner.client.post(`/api/v1/questions/${asked.body.id}/answers`, {
      text: 'With my brother, and I should have told you.',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect((await today(partner.client)).source).not.toBe('question');
  });

  it('suggests an agreement whose review date in force is within the week', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const reviewOn = addDays(localDateOf(ctx.clock.now(), 'UTC'), 3);
    const proposed = await creator.client.post('/api/v1/agreements', {
      title: 'We talk every evening',
      practice: 'Twenty minutes after dinner, phones away.',
      category: 'time_together',
      reviewOn,
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    await checkIn(creator.client);
    await answerDueQuestionnaires(creator.client);
    // Only a proposal so far: nothing is in force, so there is nothing to review.
    expect((await today(creator.client)).source).toBe('program');

    await partner.client.post(`/api/v1/agreements/${proposed.body.id}/answers`, {
      version: 1,
      answer: 'accept',
    });
    expect(await today(creator.client)).toEqual({
      source: 'review',
      kind: 'review_near',
      agreementId: proposed.body.id,
      reviewOn,
      title: 'We talk every evening',
    });

    // A change proposing a later date is not in force yet: the date both accepted still counts.
    await partner.client.post(`/api/v1/agreements/${proposed.body.id}/changes`, {
      basedOnVersion: 1,
      terms: {
        title: 'We talk every evening',
        practice: 'Twenty minutes after dinner, phones away.',
        category: 'time_together',
        reviewOn: addDays(reviewOn, 60),
      },
      reason: 'It is going well; let us look again later.',
    });
    expect((await today(creator.client)).reviewOn).toBe(reviewOn);
    await creator.client.post(`/api/v1/agreements/${proposed.body.id}/answers`, {
      version: 2,
      answer: 'accept',
    });
    expect((await today(creator.client)).source).toBe('program');
  });
});
