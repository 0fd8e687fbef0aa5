import { AMEND_TRUST } from '@amend/core';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

/** Every trust item answered with the same option code. */
function allTrustAnswers(code: string): Record<string, string> {
  return Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, code]));
}

async function personInSpace(role = 'hurt') {
  const person = await signUp(ctx);
  await createSpace(person, role);
  return person;
}

describe('questionnaires', () => {
  it('offers trust, intimacy and forgiveness to the hurt partner, and all are due as a baseline', async () => {
    const person = await personInSpace('hurt');
    const { body } = await person.client.get('/api/v1/questionnaires');
    expect(body.questionnaires.map((q: { id: string }) => q.id)).toEqual([
      'amend-trust',
      'amend-intimacy',
      'amend-forgiveness',
    ]);
    for (const questionnaire of body.questionnaires) {
      expect(questionnaire).toMatchObject({
        due: true,
        validated: false,
        lastCompletedAt: null,
        draft: null,
      });
      expect(questionnaire.licenceNote).toMatch(/not clinically validated/i);
    }
  });

  it('does not offer the forgiveness questionnaire to the partner who was unfaithful', async () => {
    const person = await personInSpace('involved');
    const { body } = await person.client.get('/api/v1/questionnaires');
    expect(body.questionnaires.map((q: { id: string }) => q.id)).toEqual([
      'amend-trust',
      'amend-intimacy',
    ]);
    const direct = await person.client.get('/api/v1/questionnaires/amend-forgiveness');
    expect(direct.status).toBe(404);
  });

  it('saves progress as you go and gives it back when you return', async () => {
    const person = await personInSpace();
    const [first, second] = AMEND_TRUST.items;
    const answers = { [first?.id ?? '']: 'agree', [second?.id ?? '']: 'somewhat-agree' };
    const saved = await person.client.request('PUT', '/api/v1/questionnaires/amend-trust/draft', {
      answers,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ answeredCount: 2, itemCount: 12 });
    const reopened = await person.client.get('/api/v1/questionnaires/amend-trust');
    expect(reopened.body.draftAnswers).toEqual(answers);
    expect(reopened.body.questionnaire.items).toHaveLength(12);
    expect(reopened.body.questionnaire.items[0]).not.toHaveProperty('reverse');
    const list = (await person.client.get('/api/v1/questionnaires')).body.questionnaires;
    expect(list[0].draft).toEqual({ answeredCount: 2 });
  });

  it('rejects answers to unknown items and answers outside the options, storing nothing', async () => {
    const person = await personInSpace();
    const firstId = AMEND_TRUST.items[0]?.id ?? '';
    for (const answers of [
      { 'no-such-item': 'agree' },
      { [firstId]: 'very-much' },
      { [firstId]: 9 },
    ]) {
      const response = await person.client.request(
        'PUT',
        '/api/v1/questionnaires/amend-trust/draft',
        { answers },
      );
      expect(response.status, JSON.stringify(answers)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors[0].field).toBe(Object.keys(answers)[0]);
    }
    const rows = await ctx.database.db
      .selectFrom('questionnaire_responses')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('scores a completed form, keeps the first as the baseline and classifies later change reliably', async () => {
    const person = await personInSpace();
    const baseline = await person.client.post('/api/v1/questionnaires/amend-trust/responses', {
      answers: allTrustAnswers('neither'),
    });
    expect(baseline.status).toBe(201);
    // Every item at the midpoint scores 4 whichever way it is keyed.
    expect(baseline.body.response).toMatchObject({
      total: 4,
      baseline: true,
      changeSinceBaseline: null,
      band: 'moderate',
    });
    expect(baseline.body.response.facets).toEqual({
      predictability: 4,
      dependability: 4,
      faith: 4,
    });

    const list = (await person.client.get('/api/v1/questionnaires')).body.questionnaires;
    expect(list.find((q: { id: string }) => q.id === 'amend-trust').due).toBe(false);

    ctx.clock.advance(29 * 86_400_000);
    const answers = allTrustAnswers('strongly-agree');
    for (const item of AMEND_TRUST.items) if (item.reverse) answers[item.id] = 'strongly-disagree';
    const signedIn = await person.client.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(signedIn.status).toBe(200);
    expect((await person.client.get('/api/v1/questionnaires')).body.questionnaires[0].due).toBe(
      true,
    );
    const later = await person.client.post('/api/v1/questionnaires/amend-trust/responses', {
      answers,
    });
    expect(later.body.response).toMatchObject({ total: 7, baseline: false, band: 'high' });
    expect(later.body.response.changeSinceBaseline.classification).toBe('reliable_improvement');
    expect(later.body.response.changeSinceBaseline.rc).toBeGreaterThan(1.96);
  });

  it('will not score a form with too few answers, and keeps what was answered', async () => {
    const person = await personInSpace();
    const firstId = AMEND_TRUST.items[0]?.id ?? '';
    await person.client.request('PUT', '/api/v1/questionnaires/amend-trust/draft', {
      answers: { [firstId]: 'agree' },
    });
    const early = await person.client.post('/api/v1/questionnaires/amend-trust/responses', {
      answers: { [firstId]: 'agree' },
    });
    expect(early.status).toBe(400);
    expect(early.body.detail).toMatch(/saved/);
    expect(
      (await person.client.get('/api/v1/questionnaires/amend-trust')).body.draftAnswers,
    ).toEqual({ [firstId]: 'agree' });
  });

  it('applies a retried completion once', async () => {
    const person = await personInSpace();
    const body = {
      answers: allTrustAnswers('agree'),
      idempotencyKey: '0190f3a0-0000-7000-8000-0000000000aa',
    };
    const first = await person.client.post('/api/v1/questionnaires/amend-trust/responses', body);
    const retry = await person.client.post('/api/v1/questionnaires/amend-trust/responses', body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body.response.id).toBe(first.body.response.id);
  });

  it('a partner never sees the other’s answers or scores', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/questionnaires/amend-trust/responses', {
      answers: allTrustAnswers('disagree'),
    });
    const partnerView = await partner.client.get('/api/v1/questionnaires/amend-trust');
    expect(partnerView.body.responses).toEqual([]);
    expect(partnerView.body.draftAnswers).toEqual({});
  });
});
